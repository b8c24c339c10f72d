#!/usr/bin/env python3
"""Regenerates the submission fixtures of spec/submissions/ from the CLI's exported XLSForm.

    .venv/bin/python spec/submissions/make.py [path to the lhs-maturity binary]

Deterministic: fixed UUIDs, fixed timestamps, no randomness. Needs pyxform (4.5.0) and openpyxl.

What it does:
  1. writes units.csv (3 units: district, facility, national);
  2. exports the form twice with the CLI (`--form-revision 1` -> form-r1.xlsx, `--form-revision 2`
     -> form.xlsx), converts both with pyxform (form-r1.xml, form.xml) and checks they convert
     without warnings;
  3. reads the form's instance tree (groups, fields, meta/instanceID, form id and version) and the
     survey sheet's `relevant` column; every layout's column headers come from that tree;
  4. renders the designed submissions (DESIGN below) in each layout: central.csv,
     central-nogroups.csv, central.csv.zip, central-odata.json, kobo.csv, kobo-groups.csv,
     kobo.xlsx, kobo-api.json, kobo-labels.csv, collect/instances/...;
  5. writes manifest.json.

RULE: the expected values of manifest.json (counts, assessments) are written from DESIGN, never by
reading the produced files back. The last step (check()) only parses the produced files to make
sure they are well-formed (csv module, json, zip, XML, openpyxl) and have the row counts claimed.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
from pyxform.xls2xform import convert

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "lhs-maturity")
PERIODS = "2026-Q3,2026-Q4"
FRAMEWORK = {"id": "lhs-2021", "version": "2.0.0"}

# --------------------------------------------------------------------------------------------
# Units offered by the form (units.csv). No org_unit column: the form's `org_unit` calculation
# is then empty in every submission, and the expected `unit` is exactly {id, name, kind}.
UNITS = [
    ("kis-east", "Kisumu East", "district"),
    ("st-marys", "St Mary's Hospital", "facility"),
    ("moh-ke", "Ministry of Health", "national"),
]
UNIT = {u[0]: {"id": u[0], "name": u[1], "kind": u[2]} for u in UNITS}

# --------------------------------------------------------------------------------------------
# Texts with the characters every layout must carry through unchanged.
TRICKY = 'Procès-verbaux; 3 "réunions", 2026\nannexe'  # ; , " newline and non-ASCII
FORMULA = "=12/14 facilities sent the monthly report on time"  # formula-looking user text
XMLISH = "M&E plan <draft> & budget > 0 (dhmt@kisumu.example)"  # escaped in XML; kxml writes @ as &#64;

# --------------------------------------------------------------------------------------------
# THE DESIGNED SUBMISSIONS. Each answer is (level, evidence, confidence, justification) with ''
# for an empty field; `answers` lists only the indicators given a value; every other indicator is
# left empty (unanswered, or hidden by its `relevant` for the unit's kind: the generator refuses a
# value for a hidden field).

LEVELS = ["2", "1", "3", "0", "4"]
CONF = ["high", "medium", "low"]


def filled(kind, skip_subdomains=(), only_domains=None, seed=0):
    """Every indicator that applies to `kind` answered: a level (cycling 2,1,3,0,4), an evidence
    note and a confidence (cycling high, medium, low); indicators of `skip_subdomains` (ids such
    as `cap.comm`) and of domains outside `only_domains` are left empty."""
    out = {}
    i = seed
    for ind in FORM.indicators:
        if not FORM.applies(ind, kind):
            continue
        if any(ind.startswith(s + ".") for s in skip_subdomains):
            continue
        if only_domains is not None and ind.split(".")[0] not in only_domains:
            continue
        out[ind] = (LEVELS[i % 5], f"Minutes of review meeting {i + 1} ({ind})", CONF[i % 3], "")
        i += 1
    return out


def design():
    """The designed submissions, by name: built once, read by every layout and by the manifest."""
    d = {}

    # 1. complete: a district, every applicable indicator answered, tricky texts.
    a = filled("district")
    a["inst.info.routine_data"] = ("2", TRICKY, "high", "")
    a["inst.info.me_integration"] = ("1", FORMULA, "medium", "")
    a["inst.info.embedded_research"] = ("3", XMLISH, "low", "")
    d["complete"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e01", revision="2",
        unit="kis-east", period="2026-Q3", role="policy_makers_planners", answers=a,
        what="complete: every indicator that applies to a district answered (level, evidence, "
             "confidence low/medium/high); evidence texts with , ; \" newline, non-ASCII, a "
             "leading '=', and & < >",
    )

    # 2. facility: the indicators that do not apply to a facility are hidden (empty); unknown
    #    ratings with and without evidence; empty evidence notes with and without confidence.
    a = filled("facility", seed=1)
    a["inst.info.routine_data"] = ("unknown", "Register not available at the visit", "", "")
    a["inst.info.me_integration"] = ("unknown", "", "", "")
    a["inst.info.community_feedback"] = ("2", "", "medium", "")
    a["inst.info.institutional_memory"] = ("1", "", "", "")
    d["facility_hidden"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e02", revision="2",
        unit="st-marys", period="2026-Q3", role="health_programmes_workers", answers=a,
        what="a facility: the indicators hidden for kind `facility` are empty; `unknown` with and "
             "without evidence (no confidence: hidden for unknown); a level with an empty "
             "evidence and a confidence; a level alone",
    )

    # 3. national: na with and without justification; a skipped sub-domain (cap.comm).
    a = filled("national", skip_subdomains=("cap.comm",), seed=2)
    a["inst.info.hta_priority_setting"] = (
        "na", "", "", "HTA is done by the regional agency, not by the ministry")
    a["inst.delib.policy_dialogue"] = ("na", "", "", "")
    d["national_na"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e03", revision="2",
        unit="moh-ke", period="2026-Q4", role="research_organizations", answers=a,
        what="a national unit: `na` with a justification, `na` without one (the form requires "
             "it: models data that bypassed `required`), every field of sub-domain cap.comm "
             "empty (a skipped group)",
    )

    # 4. revision 1 of the form (same framework version): read like the others.
    a = filled("district", only_domains=("inst",), seed=3)
    d["revision1"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e04", revision="1",
        unit="kis-east", period="2026-Q4", role="communities_civil_society", answers=a,
        what="made with form revision 1 (version 2.0.0.1): only domain inst answered, the rest "
             "unanswered (empty)",
    )

    # 5. rejected (Central review state) / not approved (Kobo validation status): left out.
    a = filled("facility", only_domains=("cap",), seed=4)
    d["rejected"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e05", revision="2",
        unit="st-marys", period="2026-Q4", role="health_programmes_workers", answers=a,
        left_out={"central": "rejected", "kobo": "not_approved"},
        what="rejected on Central (ReviewState rejected), not approved on Kobo "
             "(_validation_status validation_status_not_approved): left out",
    )

    # 6. not decrypted (Central only): no field values at all.
    d["undecrypted"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e06", revision="2",
        unit=None, period=None, role=None, answers={},
        left_out={"central": "undecrypted"}, central_only=True,
        what="Central only: an encrypted submission exported without its key (Status `not "
             "decrypted`, OData status `notDecrypted`): no field values; left out",
    )

    # 7. another framework version: refused.
    a = filled("national", only_domains=("cond",), seed=5)
    d["old_framework"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e07", revision="1",
        framework_version="1.0.0", unit="moh-ke", period="2026-Q3", role="education_training",
        answers=a, refused={"code": "assessment.version_mismatch"},
        what="its calculated framework_version is 1.0.0 (form version 1.0.0.1): refused",
    )

    # 8. edited: the final version replaces the original (Central keeps one row with the
    #    original instance id as KEY/__id; the Kobo files hold both versions, sharing
    #    meta/rootUuid).
    orig = filled("national", only_domains=("proc",), seed=6)
    final = dict(orig)
    first = next(iter(final))
    final[first] = ("3", "Corrected after the review: three documented cases", "high", "")
    d["edited"] = dict(
        instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e08",
        edit_instance_id="uuid:0b8c1f3e-4d2a-4c6b-9e1f-2a3b4c5d6e09", revision="2",
        unit="moh-ke", period="2026-Q3", role="policy_makers_planners", answers=final,
        original_answers=orig,
        what="edited once on the server: Central exports the current version (KEY = original "
             "instance id, meta-instanceID = the edit's id, ReviewState edited, Edits 1); the "
             "Kobo files hold the edited row and, appended, the original row (same _id and "
             "meta/rootUuid): the edit wins",
    )
    for name, s in d.items():
        s["name"] = name
        s.setdefault("framework_version", FRAMEWORK["version"])
    return d


# Per-layout metadata of each row (server side). Central rows: newest first, as Central orders
# them; the duplicate of `complete` is appended at the end (as if two exports were joined).
CENTRAL_ROWS = [
    # name, SubmissionDate (createdAt), updatedAt, submitter id/name, review state, device, edits, status
    ("undecrypted", "2026-10-07T06:30:12.004Z", None, "7", "St Mary's Hospital tablet", None,
     "collect:Rb8Tq2LmXw4Zp0Ka", 0, "not decrypted"),
    ("edited", "2026-10-05T10:02:47.512Z", "2026-10-06T08:11:03.090Z", "5",
     "Ministry of Health team", "edited", "collect:Hv3Kp9WqZt1Lm5Bx", 1, None),
    ("old_framework", "2026-10-04T15:20:00.250Z", None, "5", "Ministry of Health team", None,
     "collect:Hv3Kp9WqZt1Lm5Bx", 0, None),
    ("rejected", "2026-10-03T11:48:30.777Z", "2026-10-04T09:00:00.000Z", "7",
     "St Mary's Hospital tablet", "rejected", "collect:Rb8Tq2LmXw4Zp0Ka", 0, None),
    ("national_na", "2026-10-02T08:05:09.318Z", "2026-10-03T07:30:00.000Z", "5",
     "Ministry of Health team", "hasIssues", "collect:Hv3Kp9WqZt1Lm5Bx", 0, None),
    ("facility_hidden", "2026-09-11T13:05:44.870Z", None, "7", "St Mary's Hospital tablet", None,
     "collect:Rb8Tq2LmXw4Zp0Ka", 0, None),
    ("complete", "2026-09-10T09:41:19.123Z", "2026-09-12T12:00:00.000Z", "3",
     "Kisumu East DHMT", "approved", "collect:Ws7Yc4NbGf2Jd8Qe", 0, None),
    ("revision1", "2026-09-02T07:12:05.431Z", None, "3", "Kisumu East DHMT", None,
     "collect:Ws7Yc4NbGf2Jd8Qe", 0, None),
    ("complete", "2026-09-10T09:41:19.123Z", "2026-09-12T12:00:00.000Z", "3",
     "Kisumu East DHMT", "approved", "collect:Ws7Yc4NbGf2Jd8Qe", 0, None),
]
CENTRAL_FORM_VERSION = {"1": "2.0.0.1", "2": "2.0.0.2"}
ENCRYPTED_SUFFIX = "[encrypted:AZmvF2fA]"  # what Central appends to a version on encryption

# Kobo rows: oldest first (by _id), then the appended rows of an earlier export (the duplicate of
# `complete` and the original version of `edited`).
KOBO_ASSET_UID = "aLm8Qx3Zt7Kp2Wv9Rb4Nc6"
KOBO_FORMHUB_UUID = "5f2c9a7d1e3b4c8a9d0e6f7a8b9c0d1e"
KOBO_VERSION = {("2.0.0", "1"): "vRk4Tz8Lp2Qw6Xn9Cb3Mj7", ("2.0.0", "2"): "vHd5Yq1Sa9Fg3Jk7Lz2Pe6",
                ("1.0.0", "1"): "vQp7Wn2Ds5Kx9Bm4Hf8Tc3"}  # kpi's version uid of each deployment
KOBO_ROWS = [
    # name, _id, _submission_time, _submitted_by, validation status uid (or None), which version
    ("revision1", 901, "2026-09-02T07:12:06", "kisumu_dhmt", None, "final"),
    ("complete", 902, "2026-09-10T09:41:20", "kisumu_dhmt", "validation_status_approved", "final"),
    ("facility_hidden", 903, "2026-09-11T13:05:45", "st_marys", None, "final"),
    ("national_na", 904, "2026-10-02T08:05:10", "moh_team", "validation_status_on_hold", "final"),
    ("rejected", 905, "2026-10-03T11:48:31", "st_marys", "validation_status_not_approved", "final"),
    ("old_framework", 906, "2026-10-04T15:20:01", "moh_team", None, "final"),
    ("edited", 907, "2026-10-05T10:02:48", "moh_team", None, "final"),
    ("complete", 902, "2026-09-10T09:41:20", "kisumu_dhmt", "validation_status_approved", "final"),
    ("edited", 907, "2026-10-05T10:02:48", "moh_team", None, "original"),
]
KOBO_STATUS_LABEL = {
    "validation_status_approved": "Approved",
    "validation_status_not_approved": "Not Approved",
    "validation_status_on_hold": "On Hold",
}
KOBO_VALIDATED = "2026-10-06T09:00:00"  # timestamp of the validation statuses (API JSON)

# Collect: instances/ as copied from a phone (started at these local times).
COLLECT_ROWS = [  # in the order of their folder names (what a directory listing gives)
    ("revision1", "2026-09-02_09-58-41"),
    ("complete", "2026-09-10_12-20-03"),
    ("facility_hidden", "2026-09-11_15-47-30"),
    ("national_na", "2026-10-02_10-31-55"),
]


# --------------------------------------------------------------------------------------------
# The form: exported by the CLI, converted by pyxform, read back as a tree.

class Form:
    def __init__(self, xlsx, xml_text):
        self.xml_text = xml_text
        ns = {"h": "http://www.w3.org/1999/xhtml", "x": "http://www.w3.org/2002/xforms"}
        root = ET.fromstring(xml_text)
        self.title = root.find("h:head/h:title", ns).text
        inst = root.find("h:head/x:model/x:instance", ns)
        data = list(inst)[0]
        self.root_name = data.tag.split("}")[1]
        self.form_id = data.get("id")
        self.version = data.get("version")
        # leaves in document order: tuples of names below the root
        self.leaves = []
        self.groups = set()

        def walk(el, path):
            kids = list(el)
            if kids:
                if path:
                    self.groups.add(path)
                for k in kids:
                    walk(k, path + (k.tag.split("}")[1],))
            else:
                self.leaves.append(path)
        walk(data, ())
        # namespace declarations of the XForm's root element, for Collect's instance files
        head = re.match(r"<\?xml[^>]*\?>\s*<h:html([^>]*)>", xml_text).group(1)
        self.prefixes = re.findall(r'xmlns:(\w+)="([^"]+)"', head)
        # survey sheet
        wb = openpyxl.load_workbook(xlsx, read_only=True)
        rows = list(wb["survey"].iter_rows(values_only=True))
        hdr = rows[0]
        col = {h: i for i, h in enumerate(hdr) if h}
        self.survey = {}
        for r in rows[1:]:
            if not r[col["name"]]:
                continue
            self.survey[r[col["name"]]] = {
                "type": r[col["type"]],
                "relevant": r[col["relevant"]] or "",
                "calculation": r[col["calculation"]] or "",
                "label": r[col["label::English (en)"]] or "",
            }
        self.choices = {}
        for r in list(wb["choices"].iter_rows(values_only=True))[1:]:
            if r[0]:
                self.choices.setdefault(r[0], {})[str(r[1])] = r[2]
        settings = list(wb["settings"].iter_rows(values_only=True))
        self.settings = dict(zip(settings[0], settings[1]))
        # indicators: a select_one whose list has its own name, inside <domain>/<sub-domain>
        self.indicators = []
        self.path_of = {leaf[-1]: leaf for leaf in self.leaves}
        for leaf in self.leaves:
            name = leaf[-1]
            t = self.survey.get(name, {}).get("type", "")
            if t == f"select_one {name}":
                assert len(leaf) == 3, leaf
                dom, sub = leaf[0], leaf[1]
                assert sub.startswith(dom + "_") and name.startswith(sub + "_"), leaf
                self.indicators.append(
                    f"{dom}.{sub[len(dom) + 1:]}.{name[len(sub) + 1:]}")
        assert len(set(self.path_of)) == len(self.leaves), "leaf names must be unique"

    @staticmethod
    def field(ind, suffix=""):
        return ind.replace(".", "_") + suffix

    def applies(self, ind, kind):
        return relevant(self.survey[self.field(ind)]["relevant"], {"unit_kind": kind})


_ALLOWED = re.compile(r"^(\s|\$\{\w+\}|'[^']*'|!=|=|and|or|\(|\))*$")


def relevant(expr, values):
    """Evaluates the XLSForm `relevant` expressions of this form (${x} = 'v', !=, and, or)."""
    if not expr:
        return True
    assert _ALLOWED.match(expr), f"unsupported relevant expression: {expr}"
    py = re.sub(r"\$\{(\w+)\}", lambda m: f"V({m.group(1)!r})", expr)
    py = re.sub(r"(?<![!<>=])=(?!=)", "==", py)
    return bool(eval(py, {"__builtins__": {}}, {"V": lambda n: values.get(n, "")}))


# --------------------------------------------------------------------------------------------
# A designed submission rendered as the form's instance: every leaf's value ('' when empty) and
# whether it is relevant (hidden leaves are left out of Collect's XML, empty in exports).

def instance(s, answers=None, instance_id=None, form_revision=None):
    answers = s["answers"] if answers is None else answers
    unit = UNIT[s["unit"]]
    v = {
        "framework_id": FRAMEWORK["id"],
        "framework_version": s["framework_version"],
        "form_revision": form_revision or s["revision"],
        "unit_id": unit["id"],
        "unit_name": unit["name"],
        "unit_kind": unit["kind"],
        "org_unit": "",
        "period": s["period"],
        "respondent_role": s["role"] or "",
        "instanceID": instance_id or s["instance_id"],
        "instanceName": f"{unit['id']} {s['period']}",
    }
    for ind, (level, evidence, confidence, justification) in answers.items():
        f = Form.field(ind)
        v[f] = level
        v[f + "__evidence"] = evidence
        v[f + "__confidence"] = confidence
        v[f + "__justification"] = justification
    values, hidden = {}, set()
    for leaf in FORM.leaves:
        name = leaf[-1]
        val = v.get(name, "")
        rel = relevant(FORM.survey.get(name, {}).get("relevant", ""), v)
        if not rel:
            assert val == "", f"{s['name']}: value for hidden field {name}"
            hidden.add(name)
        values[name] = val
    return values, hidden


def expected_assessment(s):
    """The assessment the importer must read, from the design (never from the produced files).
    An answer is the bare level (integer, "na" or "unknown") when it has no notes, else an object
    {level, evidence?, confidence?, justification?}; empty notes have no key; indicators without
    a level have no entry."""
    answers = {}
    for ind, (level, evidence, confidence, justification) in s["answers"].items():
        if level == "":
            continue
        lv = int(level) if level.isdigit() else level
        notes = {}
        if evidence:
            notes["evidence"] = evidence
        if confidence:
            notes["confidence"] = confidence
        if justification:
            notes["justification"] = justification
        answers[ind] = {"level": lv, **notes} if notes else lv
    out = {
        "framework": dict(FRAMEWORK),
        "unit": dict(UNIT[s["unit"]]),
        "period": s["period"],
    }
    if s["role"]:
        out["respondent"] = {"role": s["role"]}
    out["answers"] = answers
    return out


# --------------------------------------------------------------------------------------------
# Writers

def central_csv_line(cells):
    """csv-stringify's defaults as Central uses them: `,`, quotes only around a value holding
    `,`, `"`, CR or LF (quotes doubled), LF line ends."""
    out = []
    for c in cells:
        c = "" if c is None else str(c)
        if any(ch in c for ch in ',"\r\n'):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return ",".join(out) + "\n"


def central_rows(group_paths=True):
    header = ["SubmissionDate"]
    for leaf in FORM.leaves:
        header.append("-".join(leaf) if group_paths else leaf[-1])
    header += ["KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
               "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]
    rows = [header]
    for (name, created, _updated, sid, sname, review, device, edits, status) in CENTRAL_ROWS:
        s = DESIGN[name]
        version = CENTRAL_FORM_VERSION[s["revision"]]
        if s["framework_version"] != FRAMEWORK["version"]:
            version = f"{s['framework_version']}.{s['revision']}"
        if status == "not decrypted":
            cells = [""] * len(FORM.leaves)
            version += ENCRYPTED_SUFFIX
        else:
            values, _ = instance(s, instance_id=s.get("edit_instance_id"))
            cells = [values[leaf[-1]] for leaf in FORM.leaves]
        rows.append([created] + cells + [s["instance_id"], sid, sname, 0, 0, status or "",
                                         review or "", device, edits, version])
    return rows


def write_central():
    for fname, gp in (("central.csv", True), ("central-nogroups.csv", False)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
            for r in central_rows(gp):
                f.write(central_csv_line(r))
    data = "".join(central_csv_line(r) for r in central_rows(True)).encode("utf-8")
    zpath = os.path.join(HERE, "central.csv.zip")
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(f"{FORM.form_id}.csv", date_time=(2026, 10, 8, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, data)


def write_odata():
    rows = []
    for (name, created, updated, sid, sname, review, device, edits, status) in CENTRAL_ROWS:
        s = DESIGN[name]
        version = CENTRAL_FORM_VERSION[s["revision"]]
        if s["framework_version"] != FRAMEWORK["version"]:
            version = f"{s['framework_version']}.{s['revision']}"
        row = {}
        if status == "not decrypted":
            version += ENCRYPTED_SUFFIX
        else:
            values, _ = instance(s, instance_id=s.get("edit_instance_id"))
            for leaf in FORM.leaves:
                node = row
                for g in leaf[:-1]:
                    node = node.setdefault(g, {})
                node[leaf[-1]] = values[leaf[-1]] or None
        row["__id"] = s["instance_id"]
        row["__system"] = {
            "submissionDate": created,
            "updatedAt": updated,
            "submitterId": sid,
            "submitterName": sname,
            "attachmentsPresent": 0,
            "attachmentsExpected": 0,
            "status": "notDecrypted" if status == "not decrypted" else None,
            "reviewState": review,
            "deviceId": device,
            "edits": edits,
            "formVersion": version,
            "deletedAt": None,
        }
        rows.append(row)
    doc = {
        "@odata.context":
            f"https://central.example.org/v1/projects/4/forms/{FORM.form_id}.svc/$metadata#Submissions",
        "value": rows,
    }
    with open(os.path.join(HERE, "central-odata.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


KOBO_COPY_FIELDS = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
                    "_submitted_by", "__version__", "_tags", "meta/rootUuid", "_index"]
# the form fields Kobo exports: the survey's fields (not the meta group pyxform adds)
KOBO_LEAVES = None


def kobo_row_values(name, which):
    s = DESIGN[name]
    if which == "original":
        return instance(s, answers=s["original_answers"])[0], s["instance_id"]
    iid = s.get("edit_instance_id") or s["instance_id"]
    return instance(s, instance_id=iid)[0], iid


def kobo_table(groups=False, labels=False):
    header = []
    for leaf in KOBO_LEAVES:
        if labels:
            header.append(FORM.survey[leaf[-1]]["label"] or leaf[-1])
        else:
            header.append("/".join(leaf) if groups else leaf[-1])
    header += KOBO_COPY_FIELDS
    rows = [header]
    for index, (name, _id, time, by, vstatus, which) in enumerate(KOBO_ROWS, start=1):
        s = DESIGN[name]
        values, iid = kobo_row_values(name, which)
        cells = []
        for leaf in KOBO_LEAVES:
            val = values[leaf[-1]]
            if labels and val:
                t = FORM.survey[leaf[-1]]["type"]
                if t.startswith("select_one "):
                    val = FORM.choices[t.split(" ", 1)[1]][val]
            cells.append(val)
        status = ""
        if vstatus:
            status = KOBO_STATUS_LABEL[vstatus] if labels else vstatus
        cells += [_id, iid[len("uuid:"):], time, status, "", "submitted_via_web", by,
                  KOBO_VERSION[s["framework_version"], s["revision"]], "", s["instance_id"], index]
        rows.append(cells)
    return rows


def kobo_csv_text(rows):
    """formpack's to_csv and kpi's writer: `;`, every value quoted, quotes doubled, CRLF."""
    return "".join('"' + '";"'.join(str(c).replace('"', '""') for c in r) + '"\r\n' for r in rows)


def write_kobo():
    for fname, groups, labels in (("kobo.csv", False, False), ("kobo-groups.csv", True, False),
                                  ("kobo-labels.csv", False, True)):
        with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
            f.write(kobo_csv_text(kobo_table(groups, labels)))
    # XLS export: one sheet named after the project (asset) name, cut to 31 characters with
    # '...' (formpack's unique_name_for_xls); numbers for _id and _index, text elsewhere; an
    # empty value is no cell (xlsxwriter's write('') writes a blank, which is not stored). A
    # text starting with '=' becomes a formula cell (xlsxwriter's write() with its default
    # strings_to_formulas): openpyxl writes it the same way.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = kobo_sheet_name(FORM.title)
    for r, row in enumerate(kobo_table(), start=1):
        for c, val in enumerate(row, start=1):
            if r > 1 and c - 1 - len(KOBO_LEAVES) in (0, 10):  # _id, _index
                ws.cell(row=r, column=c, value=int(val))
            elif val != "":
                ws.cell(row=r, column=c, value=val)
    path = os.path.join(HERE, "kobo.xlsx")
    wb.save(path)
    fix_zip_times(path)
    # API JSON (/api/v2/assets/{uid}/data/): flat full-path keys; empty fields absent
    results = []
    for (name, _id, time, by, vstatus, which) in KOBO_ROWS:
        s = DESIGN[name]
        values, iid = kobo_row_values(name, which)
        rec = {"_id": _id, "formhub/uuid": KOBO_FORMHUB_UUID}
        for leaf in KOBO_LEAVES:
            if values[leaf[-1]]:
                rec["/".join(leaf)] = values[leaf[-1]]
        rec["__version__"] = KOBO_VERSION[s["framework_version"], s["revision"]]
        rec["meta/instanceID"] = iid
        rec["meta/instanceName"] = values["instanceName"]
        if iid != s["instance_id"]:
            rec["meta/deprecatedID"] = s["instance_id"]
        rec["meta/rootUuid"] = s["instance_id"]
        rec.update({
            "_xform_id_string": KOBO_ASSET_UID,
            "_uuid": iid[len("uuid:"):],
            "_attachments": [],
            "_status": "submitted_via_web",
            "_geolocation": [None, None],
            "_submission_time": time,
            "_submitted_by": by,
            "_validation_status": {} if not vstatus else {
                "timestamp": 1791277200, "uid": vstatus, "by_whom": "district_admin",
                "label": KOBO_STATUS_LABEL[vstatus]},
        })
        results.append(rec)
    doc = {"count": len(results), "next": None, "previous": None, "results": results}
    with open(os.path.join(HERE, "kobo-api.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")


def kobo_sheet_name(title):
    for ch in "[]:*?/\\":
        title = title.replace(ch, "_")
    title = re.sub(r"(^'|'$)", "_", title)
    return title if len(title) <= 31 else title[:28] + "..."


def fix_zip_times(path):
    """Rewrites an .xlsx with fixed member times and fixed docProps dates (deterministic)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-10-08T09:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 8, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def xml_escape(t):
    """kxml's KXmlSerializer.writeEscaped for text (UTF-8 output): & < > escaped, '@' written as
    &#64;, newlines and other characters as they are."""
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("@", "&#64;"))


def collect_xml(s):
    """JavaRosa's instance serialisation as Collect saves it (FormController.getFilledInFormXml:
    XFormSerializingVisitor, XFormSerializer.getUtfBytes, kxml's KXmlSerializer): one line,
    `<?xml version='1.0' encoding='UTF-8' ?>`, the root's id and version attributes then the
    form's namespace prefixes, nested groups, `<x />` for a relevant field without a value, no
    element at all for a non-relevant (hidden) field."""
    values, hidden = instance(s)
    form = FORMS[s["revision"]]
    out = []

    def emit(prefix, names):
        # names: the leaves below `prefix`, in order
        i = 0
        while i < len(names):
            leaf = names[i]
            depth = len(prefix)
            if len(leaf) == depth + 1:
                n = leaf[-1]
                if n not in hidden:
                    out.append(f"<{n}>{xml_escape(values[n])}</{n}>" if values[n] else f"<{n} />")
                i += 1
            else:
                g = leaf[depth]
                j = i
                while j < len(names) and names[j][depth] == g and len(names[j]) > depth + 1:
                    j += 1
                out.append(f"<{g}>")
                emit(prefix + (g,), names[i:j])
                out.append(f"</{g}>")
                i = j
    emit((), FORM.leaves)
    ns = "".join(f' xmlns:{p}="{u}"' for p, u in form.prefixes)
    return (f"<?xml version='1.0' encoding='UTF-8' ?><{form.root_name} id=\"{form.form_id}\" "
            f"version=\"{form.version}\"{ns}>" + "".join(out) + f"</{form.root_name}>")


def collect_dir_name(title, stamp):
    """Collect names an instance folder after the form's title (FormNameUtils.
    formatFilenameFromFormName: every character but letters and digits becomes a space, runs of
    spaces become one, trimmed) and the local time it was started."""
    name = re.sub(r"[^\w]|_", " ", title)
    name = re.sub(r"\s+", " ", name).strip()
    return f"{name}_{stamp}"


def write_collect():
    base = os.path.join(HERE, "collect", "instances")
    for name, stamp in COLLECT_ROWS:
        s = DESIGN[name]
        d = collect_dir_name(FORMS[s["revision"]].title, stamp)
        os.makedirs(os.path.join(base, d), exist_ok=True)
        with open(os.path.join(base, d, d + ".xml"), "w", encoding="utf-8", newline="") as f:
            f.write(collect_xml(s))
    return base


# --------------------------------------------------------------------------------------------
# Manifest: written from DESIGN and the row tables above (never from the produced files).

def expectations(rows, system):
    """rows: [(name, which)] in file order; system: central, kobo or collect."""
    seen, assessments, refusals, dups = {}, [], [], []
    left = {"rejected": [], "not_approved": [], "undecrypted": []}
    for name, which in rows:
        s = DESIGN[name]
        if name in seen:
            dups.append({"submission": name, "kept":
                         "the edited version" if which == "original" or seen[name] == "original"
                         else "the first row"})
            continue
        seen[name] = which
        if "refused" in s:
            refusals.append({"submission": name, **s["refused"]})
        elif system in s.get("left_out", {}):
            left[s["left_out"][system]].append(name)
        else:
            assessments.append(name)
    return {
        "submissions": len(rows),
        "scored": len(assessments),
        "refused": len(refusals),
        "left_out": {k: len(v) for k, v in left.items()},
        "duplicates": len(dups),
        "refusals": refusals,
        "left_out_submissions": left,
        "duplicate_rows": dups,
    }, assessments


def write_manifest(collect_base):
    central = [(r[0], "final") for r in CENTRAL_ROWS]
    kobo = [(r[0], r[5]) for r in KOBO_ROWS]
    collect = [(n, "final") for n, _ in COLLECT_ROWS]
    files = []

    def add(file, layout, settings, rows, system, file_error=None):
        exp, assessments = expectations(rows, system)
        named = {k: exp.pop(k) for k in ("refusals", "left_out_submissions", "duplicate_rows")}
        entry = {"file": file, "layout": layout, "settings": settings, "expect": exp,
                 "assessments": assessments, **named}
        if file_error:
            entry["expect"] = {"submissions": len(rows), "scored": 0, "refused": 0,
                               "left_out": {"rejected": 0, "not_approved": 0, "undecrypted": 0},
                               "duplicates": 0, "file_error": file_error}
            entry["assessments"] = []
            for k in named:
                del entry[k]
        files.append(entry)

    cen = {"delimiter": ",", "group_separator": "-"}
    kob = {"delimiter": ";", "group_separator": "/"}
    add("central.csv", "central-csv", {"groups_in_headers": True, **cen}, central, "central")
    add("central-nogroups.csv", "central-csv", {"groups_in_headers": False, **cen}, central,
        "central")
    add("central.csv.zip", "central-zip", {"groups_in_headers": True, **cen,
                                           "member": f"{FORM.form_id}.csv"}, central, "central")
    add("central-odata.json", "central-odata", {"groups_in_headers": True}, central, "central")
    add("kobo.csv", "kobo-csv", {"groups_in_headers": False, "values": "xml", **kob}, kobo, "kobo")
    add("kobo-groups.csv", "kobo-csv", {"groups_in_headers": True, "values": "xml", **kob}, kobo,
        "kobo")
    add("kobo.xlsx", "kobo-xlsx", {"groups_in_headers": False, "values": "xml",
                                   "sheet": kobo_sheet_name(FORM.title),
                                   "formula_cells": ["complete: inst.info.me_integration evidence"]},
        kobo, "kobo")
    add("kobo-api.json", "kobo-json", {"groups_in_headers": True}, kobo, "kobo")
    add("kobo-labels.csv", "kobo-csv", {"groups_in_headers": False, "values": "labels", **kob},
        kobo, "kobo", file_error={"code": "submissions.labels"})
    add("collect/instances", "collect-xml",
        {"files": [os.path.relpath(os.path.join(collect_base, d, d + ".xml"), HERE)
                   for d in (collect_dir_name(FORMS[DESIGN[n]["revision"]].title, t)
                             for n, t in COLLECT_ROWS)]},
        collect, "collect")

    subs = {}
    for name, s in DESIGN.items():
        e = {"instance_id": s["instance_id"], "form_revision": s["revision"],
             "framework_version": s["framework_version"], "what": s["what"]}
        if "edit_instance_id" in s:
            e["edit_instance_id"] = s["edit_instance_id"]
        if "refused" in s:
            e["refused"] = s["refused"]
        elif "left_out" in s:
            e["left_out"] = s["left_out"]
        else:
            e["assessment"] = expected_assessment(s)
        subs[name] = e
    manifest = {
        "about": "Fixtures of ODK Central, KoboToolbox and ODK Collect submissions of the "
                 "lhs-2021 2.0.0 XLSForm; see README.md. Generated by make.py from the designed "
                 "submissions, never by reading the files back.",
        "form": {"form_id": FORM.form_id, "versions": {"1": FORMS["1"].version,
                                                       "2": FORMS["2"].version},
                 "title": FORM.title, "xlsx": {"1": "form-r1.xlsx", "2": "form.xlsx"},
                 "xml": {"1": "form-r1.xml", "2": "form.xml"}, "units": "units.csv"},
        "rules": {
            "answer": "bare level (integer, \"na\", \"unknown\") when the indicator has no notes; "
                      "else {level, evidence?, confidence?, justification?}; an empty note has no "
                      "key; a hidden or unanswered indicator has no entry",
            "identity": "Central: KEY (CSV) / __id (OData), the original instance id even after "
                        "an edit; Kobo: meta/rootUuid; Collect: meta/instanceID",
            "duplicates": "rows sharing an identity are one submission: the first row is kept, "
                          "but an edited version (instance id != root id) replaces the original "
                          "whatever the order; `assessments` lists names in order of first "
                          "appearance",
            "left_out": "Central ReviewState rejected, Central Status `not decrypted` (OData "
                        "status notDecrypted), Kobo _validation_status "
                        "validation_status_not_approved",
            "refused": "a submission whose framework_version is not the form's (1.0.0 here): "
                       "assessment.version_mismatch",
        },
        "files": files,
        "submissions": subs,
    }
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return manifest


# --------------------------------------------------------------------------------------------
# Sanity checks of the produced files (well-formed, row counts as claimed)

def check(manifest):
    counts = {f["file"]: f["expect"]["submissions"] for f in manifest["files"]}
    for fname, delim in (("central.csv", ","), ("central-nogroups.csv", ","),
                         ("kobo.csv", ";"), ("kobo-groups.csv", ";"), ("kobo-labels.csv", ";")):
        with open(os.path.join(HERE, fname), encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter=delim))
        assert len(rows) == counts[fname] + 1, (fname, len(rows))
        assert len({len(r) for r in rows}) == 1, fname
        flat = [c for r in rows for c in r]
        assert TRICKY in flat and FORMULA in flat, fname
    with zipfile.ZipFile(os.path.join(HERE, "central.csv.zip")) as z:
        assert z.namelist() == [f"{FORM.form_id}.csv"]
        assert z.read(f"{FORM.form_id}.csv") == open(os.path.join(HERE, "central.csv"), "rb").read()
    for fname, key in (("central-odata.json", "value"), ("kobo-api.json", "results")):
        with open(os.path.join(HERE, fname), encoding="utf-8") as f:
            assert len(json.load(f)[key]) == counts[fname]
    wb = openpyxl.load_workbook(os.path.join(HERE, "kobo.xlsx"))
    assert wb.sheetnames == [kobo_sheet_name(FORM.title)]
    assert wb.active.max_row == counts["kobo.xlsx"] + 1
    for rel in manifest["files"][-1]["settings"]["files"]:
        root = ET.parse(os.path.join(HERE, rel)).getroot()
        assert root.get("id") == FORM.form_id
        assert root.find("meta/instanceID").text.startswith("uuid:")
    print("checked: CSV (csv module), ZIP, JSON, XLSX, XML parse; row counts as in manifest")


def main():
    global FORM, FORMS, DESIGN, KOBO_LEAVES
    os.chdir(HERE)
    with open("units.csv", "w", encoding="utf-8", newline="") as f:
        f.write("id,name,kind\n" + "".join(f"{i},{n},{k}\n" for i, n, k in UNITS))
    FORMS = {}
    for rev, xlsx in (("1", "form-r1.xlsx"), ("2", "form.xlsx")):
        subprocess.run([BIN, "export", "xlsform", "--units", "units.csv", "--period", PERIODS,
                        "--form-revision", rev, "-o", xlsx], check=True)
        fix_zip_times(xlsx)  # the CLI stamps the time: fixed here so that reruns are identical
        warnings = []
        res = convert(xlsx, warnings=warnings, pretty_print=True)
        assert not warnings, warnings
        with open(xlsx.replace(".xlsx", ".xml"), "w", encoding="utf-8") as f:
            f.write(res.xform)
        FORMS[rev] = Form(xlsx, res.xform)
    FORM = FORMS["2"]
    assert FORMS["1"].leaves == FORM.leaves, "the revisions must have the same fields"
    assert FORM.version == "2.0.0.2" and FORMS["1"].version == "2.0.0.1", FORM.version
    assert FORM.survey["framework_version"]["calculation"] == "'2.0.0'"
    assert FORM.survey["form_revision"]["calculation"] == "'2'"
    assert FORMS["1"].survey["form_revision"]["calculation"] == "'1'"
    assert FORM.leaves[-2:] == [("meta", "instanceID"), ("meta", "instanceName")]
    KOBO_LEAVES = [leaf for leaf in FORM.leaves if leaf[0] != "meta"]
    DESIGN = design()
    write_central()
    write_odata()
    write_kobo()
    base = write_collect()
    manifest = write_manifest(base)
    check(manifest)


FORM = FORMS = DESIGN = None

if __name__ == "__main__":
    main()
