"""DHIS2 from Python: the metadata package, the mapping and the dataValueSet are the shared
samples of spec/dhis2 (which the core's tests check against DHIS2's documented formats), the
CSV form reads back as the JSON form, and the refusals name what is wrong."""

import csv
import io
import json
import pathlib

import pytest

import lhs_maturity

HERE = pathlib.Path(__file__).resolve().parent
SPEC = HERE.parent.parent / "spec" / "dhis2"
FW = lhs_maturity.Framework.builtin()
UNITS = SPEC / "units.csv"
REPORTS = sorted((SPEC / "reports").glob("*.json"))


def sample(name):
    return (SPEC / name).read_text(encoding="utf-8")


def test_metadata_and_mapping_are_the_samples():
    m = FW.to_dhis2_metadata(units=UNITS)
    assert m == json.loads(sample("metadata.json"))
    assert FW.to_dhis2_mapping(units=UNITS) == json.loads(sample("mapping.json"))
    # From the package, by code: the same mapping.
    assert FW.to_dhis2_mapping(units=str(UNITS), metadata=m) == json.loads(sample("mapping.json"))


def test_metadata_follows_dhis2_limits():
    m = FW.to_dhis2_metadata(period_type="monthly", code_prefix="WHO_LHS")
    assert m["dataSets"][0]["periodType"] == "Monthly"
    for de in m["dataElements"]:
        assert len(de["code"]) <= 50 and len(de["shortName"]) <= 50 and len(de["name"]) <= 230
        assert de["code"].startswith("WHO_LHS_")
        assert de["aggregationType"] in ("AVERAGE", "NONE")
        assert de["valueType"] in ("NUMBER", "PERCENTAGE", "INTEGER_ZERO_OR_POSITIVE")
        uid = de["id"]
        assert len(uid) == 11 and uid[0].isalpha() and uid.isascii() and uid.isalnum()


def test_data_values_are_the_samples_in_json_and_csv():
    mapping = json.loads(sample("mapping.json"))
    text = FW.to_dhis2(REPORTS, mapping, levels=True, coverage=True)
    assert text == sample("datavalues.json")
    as_csv = FW.to_dhis2(REPORTS, sample("mapping.json"), levels=True, coverage=True, csv=True)
    assert as_csv == sample("datavalues.csv")
    # The CSV form reads back as the JSON form (DHIS2 reads its columns by position).
    rows = list(csv.reader(io.StringIO(as_csv)))
    assert rows[0][:6] == [
        "dataelement",
        "period",
        "orgunit",
        "categoryoptioncombo",
        "attributeoptioncombo",
        "value",
    ]
    values = json.loads(text)["dataValues"]
    assert [(r[0], r[1], r[2], r[5]) for r in rows[1:]] == [
        (v["dataElement"], v["period"], v["orgUnit"], v["value"]) for v in values
    ]


def test_assessments_as_dicts_and_the_units_list():
    bare = FW.to_dhis2_mapping()
    a = json.loads(REPORTS[0].read_text(encoding="utf-8"))
    with pytest.raises(lhs_maturity.InputError) as e:
        FW.to_dhis2([a], bare)
    assert (e.value.code, e.value.path) == ("dhis2.unmapped_unit", "/0/unit/id")
    assert "`kis-east`" in str(e.value)
    out = json.loads(FW.to_dhis2([a], bare, units=UNITS))
    assert {v["orgUnit"] for v in out["dataValues"]} == {"fXy12AbCdE3"}
    assert {v["period"] for v in out["dataValues"]} == {"2026Q3"}


def test_refusals_name_what_is_wrong():
    mapping = json.loads(sample("mapping.json"))

    def a(unit, period):
        return {"unit": {"id": unit}, "period": period, "answers": {"inst.info.routine_data": 1}}

    cases = [
        ([a("kis-east", "2026-Q3"), a("kis-east", "2026Q3")], "dhis2.duplicate_value", "/1/period", "overwrite"),
        ([a("kis-east", "2025/26")], "dhis2.invalid_period", "/0/period", "`2025/26`"),
        ([a("siaya", "2026")], "dhis2.unmapped_unit", "/0/unit/id", "`siaya`"),
    ]
    for reports, code, path, named in cases:
        with pytest.raises(lhs_maturity.InputError) as e:
            FW.to_dhis2(reports, mapping)
        assert (e.value.code, e.value.path) == (code, path)
        assert named in str(e.value)
    no_node = dict(mapping, nodes={})
    with pytest.raises(lhs_maturity.InputError) as e:
        FW.to_dhis2([a("kis-east", "2026")], no_node)
    assert e.value.code == "dhis2.unmapped_node"
    assert "`inst`" in str(e.value)
    with pytest.raises(lhs_maturity.InputError) as e:
        FW.to_dhis2([a("kis-east", "2026")], dict(mapping, data_set="nope"))
    assert (e.value.code, e.value.path) == ("dhis2.invalid_mapping", "/data_set")
    with pytest.raises(lhs_maturity.InputError) as e:
        FW.to_dhis2_metadata(period_type="Fortnightly")
    assert (e.value.code, e.value.path) == ("dhis2.invalid_option", "/period_type")
    with pytest.raises(lhs_maturity.InputError) as e:
        FW.to_dhis2_mapping(metadata={"dataElements": []})
    assert e.value.code == "dhis2.invalid_metadata"
    assert "LHS_2021_OVERALL_SCORE" in str(e.value)
