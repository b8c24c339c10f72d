"""Submissions of the exported form read back from Python: every layout of the shared
fixtures (spec/submissions/manifest.json) gives the manifest's assessments, counts and
refusals, from a path and from bytes, identically to the core (and so to the CLI)."""

import json
import pathlib

import pytest

import lhs_maturity

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent.parent / "spec" / "submissions"
MANIFEST = json.loads((FIXTURES / "manifest.json").read_text(encoding="utf-8"))
FW = lhs_maturity.Framework.builtin()


def files(entry):
    return entry["settings"].get("files", [entry["file"]])


def read_all(entry, as_bytes):
    total = {"assessments": [], "refused": [], "counts": {}}
    for f in files(entry):
        path = FIXTURES / f
        s = (
            FW.read_submissions(path.read_bytes(), name=f)
            if as_bytes
            else FW.read_submissions(path)
        )
        total["assessments"] += s["assessments"]
        total["refused"] += s["refused"]
        for k, v in s["counts"].items():
            total["counts"][k] = total["counts"].get(k, 0) + v
    return total


ENTRIES = [e for e in MANIFEST["files"] if "file_error" not in e["expect"]]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
@pytest.mark.parametrize("as_bytes", [False, True], ids=["path", "bytes"])
def test_every_layout_gives_the_manifest(entry, as_bytes):
    got = read_all(entry, as_bytes)
    x = entry["expect"]
    c = got["counts"]
    assert (c["submissions"], c["read"], c["refused"], c["duplicates"]) == (
        x["submissions"], x["scored"], x["refused"], x["duplicates"])
    assert (c["rejected"], c["not_approved"], c["undecrypted"]) == (
        x["left_out"]["rejected"], x["left_out"]["not_approved"], x["left_out"]["undecrypted"])
    subs = MANIFEST["submissions"]
    assert len(got["assessments"]) == len(entry["assessments"])
    for a, name in zip(got["assessments"], entry["assessments"]):
        source = a.pop("source")
        assert a == subs[name]["assessment"], name
        want = subs[name].get("edit_instance_id", subs[name]["instance_id"])
        assert source["instance_id"] == want
        assert source["form_revision"] == subs[name]["form_revision"]
    assert [r["code"] for r in got["refused"]] == [r["code"] for r in entry.get("refusals", [])]


def test_a_labels_export_is_refused_naming_the_option():
    with pytest.raises(lhs_maturity.AssessmentError) as e:
        FW.read_submissions(FIXTURES / "kobo-labels.csv")
    assert e.value.code == "submissions.labels"
    assert "XML values and headers" in e.value.help


def test_read_submissions_scores_like_a_json_assessment():
    s = FW.read_submissions(FIXTURES / "kobo-api.json")
    a = s["assessments"][0]
    assert FW.score(a).overall["score"] == FW.score(json.dumps(a)).overall["score"]


def test_a_bad_value_is_located():
    csv = (b"SubmissionDate,inst-inst_info-inst_info_routine_data,KEY\n"
           b"2026-10-01,2,uuid:a\n2026-10-02,seven,uuid:b\n")
    s = FW.read_submissions(csv, name="export.csv")
    (r,) = s["refused"]
    d = r["details"][0]
    assert (d["code"], d["line"], d["column"]) == ("submissions.invalid_value", 3, 2)
    assert "inst.info.routine_data" in d["message"]


def test_wrong_arguments_are_argument_errors():
    with pytest.raises(lhs_maturity.ArgumentError):
        FW.read_submissions(12)
    with pytest.raises(lhs_maturity.AssessmentError) as e:
        FW.read_submissions(b"a,b\n1,2\n", name="notes.csv")
    assert e.value.code == "submissions.unknown_layout"


def test_the_excel_template_filled_in_is_read_back_with_cells_located():
    import io

    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(FW.to_excel_template(language="fr")))
    meta = book.worksheets[0]
    keys = {meta.cell(r, 1).value: r for r in range(1, meta.max_row + 1)}
    meta.cell(keys["unit_id"], 3).value = "kis-east"
    meta.cell(keys["unit_kind"], 3).value = "district"
    meta.cell(keys["period"], 3).value = "2026-Q3"
    sheet = book["Inst"]
    header = [c.value for c in sheet[1]]
    level, evidence = header.index("answer") + 1, header.index("evidence") + 1
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    sheet.cell(rows["inst.info.routine_data"], level).value = " 3 "
    sheet.cell(rows["inst.info.routine_data"], evidence).value = "=minutes of May"
    sheet.cell(rows["inst.info.me_integration"], level).value = "N/A"
    sheet.cell(rows["inst.info.embedded_research"], level).value = "seven"
    out = io.BytesIO()
    book.save(out)
    s = FW.read_submissions(out.getvalue(), name="kisumu-east.xlsx")
    assert s["layout"] == "excel-template"
    (refused,) = s["refused"]
    (bad,) = [d for d in refused["details"] if d["code"] == "assessment.invalid_level"]
    assert bad["path"] == f"Inst!E{rows['inst.info.embedded_research']}"
    sheet.cell(rows["inst.info.embedded_research"], level).value = 2
    out = io.BytesIO()
    book.save(out)
    s = FW.read_submissions(out.getvalue(), name="kisumu-east.xlsx")
    (a,) = s["assessments"]
    assert a["unit"]["id"] == "kis-east" and a["period"] == "2026-Q3"
    assert a["answers"]["inst.info.routine_data"] == {"level": 3, "evidence": "=minutes of May"}
    assert a["answers"]["inst.info.me_integration"] == "na"
    assert a["answers"]["inst.info.embedded_research"] == 2
