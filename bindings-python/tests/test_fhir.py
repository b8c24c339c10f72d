"""FHIR R4: `Framework.to_fhir_questionnaire`, `to_fhir_code_system`, `to_fhir_response` and
`from_fhir_response`. Every exported resource parses with `fhir.resources` 8.2.0 (R4B models,
which R4 resources of these kinds fit); as that package accepts unknown codes, item types,
operators, statuses and extension URLs are checked here too. The shared samples of spec/fhir/
are read back to the same assessment and scores."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.codesystem import CodeSystem
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from lhs_maturity import AssessmentError, Framework, InputError

SPEC = Path(__file__).resolve().parents[2] / "spec" / "fhir"
UNITS = Path(__file__).resolve().parents[2] / "spec" / "submissions" / "units.csv"
LANGS = ["en", "fr", "es", "pt-PT", "ar"]
ITEM_TYPES = {"group", "display", "string", "text", "choice"}
EXTENSIONS = {
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
    "http://hl7.org/fhir/StructureDefinition/translation",
    "http://hl7.org/fhir/StructureDefinition/regex",
    "http://hl7.org/fhir/StructureDefinition/entryFormat",
    "http://hl7.org/fhir/StructureDefinition/ordinalValue",
    "http://hl7.org/fhir/StructureDefinition/itemWeight",
}
ITEM_CONTROLS = {"radio-button", "drop-down", "help"}


@pytest.fixture(scope="module")
def fw() -> Framework:
    return Framework.builtin()


def load(name: str) -> Any:
    return json.loads((SPEC / name).read_text(encoding="utf-8"))


def walk(items: list[dict[str, Any]], out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for it in items:
        out.append(it)
        walk(it.get("item", []), out)
        for a in it.get("answer", []):
            walk(a.get("item", []), out)
    return out


def extensions(v: Any, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every extension (top-level ones, not their `lang`/`content` parts)."""
    if isinstance(v, dict):
        for k, x in v.items():
            if k == "extension":
                out.extend(x)
                for e in x:
                    for k2, y in e.items():
                        if k2 != "extension":
                            extensions(y, out)
            else:
                extensions(x, out)
    elif isinstance(v, list):
        for x in v:
            extensions(x, out)
    return out


def check_questionnaire(q: dict[str, Any]) -> None:
    parsed = Questionnaire.model_validate(q)
    assert parsed.status == "active"
    # What fhir.resources does not check.
    assert q["status"] in {"draft", "active", "retired", "unknown"}
    items = walk(q["item"], [])
    ids = [it["linkId"] for it in items]
    assert len(ids) == len(set(ids))
    for it in items:
        assert it["type"] in ITEM_TYPES, it["linkId"]
        if it["type"] == "group":
            assert it["item"], it["linkId"]
        if it["type"] == "display":
            assert "item" not in it
        if it["type"] == "choice":
            assert it["answerOption"] and "answerValueSet" not in it
        for w in it.get("enableWhen", []):
            assert w["operator"] in {"exists", "=", "!="}
            assert w["question"] in ids
        assert it.get("enableBehavior", "all") in {"all", "any"}
    for e in extensions(q, []):
        assert e["url"] in EXTENSIONS, e["url"]
        if e["url"].endswith("questionnaire-itemControl"):
            coding = e["valueCodeableConcept"]["coding"][0]
            assert coding["system"] == "http://hl7.org/fhir/questionnaire-item-control"
            assert coding["code"] in ITEM_CONTROLS
        if e["url"].endswith("/translation"):
            parts = {p["url"]: p for p in e["extension"]}
            assert set(parts) == {"lang", "content"}
            assert parts["lang"]["valueCode"] in LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_questionnaire_parses_in_every_language(fw: Framework, lang: str) -> None:
    q = fw.to_fhir_questionnaire(language=lang)
    assert q["language"] == lang
    assert q["url"] == "https://lhs-maturity.github.io/fhir/Questionnaire/lhs-2021"
    assert q["version"] == "2.0.0.1"
    check_questionnaire(q)


def test_questionnaire_items(fw: Framework) -> None:
    q = fw.to_fhir_questionnaire(units=UNITS, revision=2)
    check_questionnaire(q)
    assert q["version"] == "2.0.0.2"
    items = {it["linkId"]: it for it in walk(q["item"], [])}
    rating = items["inst_info_routine_data"]
    opts = rating["answerOption"]
    assert [o["valueCoding"]["code"] for o in opts] == ["0", "1", "2", "3", "4", "na", "unknown"]
    for level, o in enumerate(opts[:5]):
        assert o["valueCoding"]["extension"] == [
            {"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": level}
        ]
        assert o["extension"] == [
            {"url": "http://hl7.org/fhir/StructureDefinition/itemWeight", "valueDecimal": level}
        ]
    assert all("extension" not in o for o in opts[5:])
    assert items["inst_info_routine_data__help"]["type"] == "display"
    units = [o["valueCoding"]["code"] for o in items["unit_id"]["answerOption"]]
    assert units == ["kis-east", "st-marys", "moh-ke"]
    when = items["inst_info_policy_research_institutes"]["enableWhen"]
    assert [w["answerCoding"]["code"] for w in when] == ["moh-ke"]


def test_code_system(fw: Framework) -> None:
    cs = fw.to_fhir_code_system()
    CodeSystem.model_validate(cs)
    assert cs == load("codesystem.json")
    assert cs["content"] == "complete"


def test_shared_response_round_trip(fw: Framework) -> None:
    sample = load("assessment.json")
    qr = fw.to_fhir_response(sample)
    assert qr == load("response.json")
    QuestionnaireResponse.model_validate(qr)
    assert qr["status"] in {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
    back = fw.from_fhir_response(qr)
    assert back == sample
    # From a path, text and bytes too.
    assert fw.from_fhir_response(SPEC / "response.json") == sample
    assert fw.from_fhir_response((SPEC / "response.json").read_bytes()) == sample
    report = fw.score(back)
    scores = load("response.scores.json")
    assert report.overall["score"] == pytest.approx(scores["overall"], abs=1e-12)
    for d, want in zip(report.domains, scores["domains"], strict=True):
        assert d["id"] == want["id"]
        assert d["score"] == pytest.approx(want["score"], abs=1e-12)


@pytest.mark.parametrize("lang", LANGS)
def test_response_in_every_language_parses_and_reads_back(fw: Framework, lang: str) -> None:
    sample = load("assessment.json")
    qr = fw.to_fhir_response(sample, lang)
    QuestionnaireResponse.model_validate(qr)
    assert fw.from_fhir_response(json.dumps(qr)) == sample


def test_other_version_refused_pointing_to_migrate(fw: Framework) -> None:
    qr = load("response.json")
    qr["questionnaire"] = qr["questionnaire"].replace("|2.0.0.1", "|1.0.0.1")
    with pytest.raises(AssessmentError) as e:
        fw.from_fhir_response(qr)
    assert (e.value.code, e.value.path) == ("assessment.version_mismatch", "/questionnaire")
    assert "migrate" in (e.value.help or "")
    # An older revision of the same framework version is read.
    qr["questionnaire"] = qr["questionnaire"].replace("|1.0.0.1", "|2.0.0.0")
    assert fw.from_fhir_response(qr)["source"]["form_revision"] == "0"


def test_bad_items_at_their_link_id_path(fw: Framework) -> None:
    qr = load("response.json")
    inst = next(it for it in qr["item"] if it["linkId"] == "inst")
    info = inst["item"][0]
    info["item"][0]["answer"][0]["valueCoding"]["code"] = "7"
    qr["item"].append({"linkId": "my_question", "answer": [{"valueString": "x"}]})
    with pytest.raises(AssessmentError) as e:
        fw.from_fhir_response(qr)
    got = [(d["code"], d["path"]) for d in e.value.details]
    assert got == [
        ("fhir.invalid_answer", "inst/inst_info/inst_info_routine_data"),
        ("fhir.unknown_item", "my_question"),
    ]
    with pytest.raises(AssessmentError) as e:
        fw.from_fhir_response(fw.to_fhir_questionnaire())
    assert e.value.code == "fhir.not_a_response"


def test_language_refused(fw: Framework) -> None:
    with pytest.raises(InputError) as e:
        fw.to_fhir_questionnaire(language="sw")
    assert (e.value.code, e.value.path) == ("fhir.unavailable_language", "/lang")


def test_the_response_lhc_forms_wrote(fw: Framework) -> None:
    """spec/fhir/lforms-response.json: written by LHC-Forms 40.1.3 in the browser test."""
    qr = load("lforms-response.json")
    QuestionnaireResponse.model_validate(qr)
    assert qr["meta"]["tag"] == [{"code": "lformsVersion: 40.1.3"}]
    a = fw.from_fhir_response(qr)
    assert a == load("lforms-response.assessment.json")
    report = fw.score(a)
    hidden = next(i for i in report.indicators if i["id"] == "inst.info.policy_research_institutes")
    assert hidden["status"] == "does_not_apply"


def test_an_odk_source_gives_a_valid_response(fw: Framework) -> None:
    """ODK's `uuid:…` submission ids and times without a zone are no FHIR id and dateTime."""
    sample = load("assessment.json")
    sample["source"] = {
        "tool": "odk-central",
        "submission_id": "uuid:0b9f5d2e-6c1a",
        "submitted_at": "2026-10-01T08:00:00",
    }
    qr = fw.to_fhir_response(sample)
    assert "id" not in qr and "authored" not in qr
    QuestionnaireResponse.model_validate(qr)
