"""`Framework.to_xlsform`: the framework's XLSForm, converted by pyxform (the converter ODK
Central and KoboToolbox run) with no error and no warning; one bind per indicator with its own
choices, the relevant expressions of unit kinds, the units list, and the errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pyxform.xls2xform import convert

import lhs_maturity
from lhs_maturity import Framework, FrameworkError, InputError

XF = "{http://www.w3.org/2002/xforms}"
UNITS = "id,name,kind,org_unit\nkis-east,Kisumu East,district,fXy12AbCdE3\nmoh-ke,Ministry of Health,national,\n"


def xform(path: Path) -> tuple[ET.Element, list[str]]:
    """The XForm pyxform makes of the workbook, and its warnings."""
    warnings: list[str] = []
    result = convert(str(path), warnings=warnings)
    return ET.fromstring(result.xform), warnings


def descriptor(level: Any) -> str:
    """A level's English descriptor: its text, or its elements' texts joined."""
    if isinstance(level, dict) and "elements" in level:
        if "text" in level:
            return descriptor(level["text"])
        return " ".join(descriptor(e["text"]) for e in level["elements"])
    return str(level["en"]) if isinstance(level, dict) else str(level)


def indicators(fw: Framework) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def walk(node: dict[str, Any]) -> None:
        for c in node.get("children", []):
            walk(c)
        out.extend(node.get("indicators", []))

    for d in fw.to_dict()["domains"]:
        walk(d)
    return out


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> tuple[ET.Element, list[str]]:
    tmp = tmp_path_factory.mktemp("xlsform")
    (tmp / "units.csv").write_text(UNITS, encoding="utf-8")
    path = tmp / "form.xlsx"
    assert Framework.builtin().to_xlsform(path, units=tmp / "units.csv", revision=2) is None
    assert sorted(p.name for p in tmp.iterdir()) == ["form.xlsx", "units.csv"]  # no temporary file left
    return xform(path)


def test_pyxform_converts_the_form_with_no_warning(form: tuple[ET.Element, list[str]]) -> None:
    _, warnings = form
    assert warnings == []


def test_one_bind_per_indicator_with_its_own_choices(
    form: tuple[ET.Element, list[str]], fw: Framework
) -> None:
    root, _ = form
    model = root.find(f".//{XF}model")
    assert model is not None
    binds = {b.attrib["nodeset"].rsplit("/", 1)[-1]: b for b in model.iter(f"{XF}bind")}
    english = model.find(f"{XF}itext/{XF}translation[@lang='English (en)']")
    assert english is not None
    texts = {t.attrib["id"]: "".join(t.itertext()) for t in english.iter(f"{XF}text")}
    selects = {s.attrib["ref"].rsplit("/", 1)[-1]: s for s in root.iter(f"{XF}select1")}
    inds = indicators(fw)
    assert len(inds) == 60
    for ind in inds:
        name = ind["id"].replace(".", "_")
        bind = binds[name]
        assert bind.attrib["required"] == "true()"
        relevant = " ".join(binds[f"{name}__justification"].attrib["relevant"].split())
        assert relevant.endswith(f"/{name} = 'na'"), relevant
        itemset = selects[name].find(f"{XF}itemset")
        assert itemset is not None
        assert itemset.attrib["nodeset"] == f"instance('{name}')/root/item"
        instance = model.find(f"{XF}instance[@id='{name}']")
        assert instance is not None
        items = instance.findall(f"{XF}root/{XF}item")
        assert [i.findtext(f"{XF}name") for i in items] == ["0", "1", "2", "3", "4", "na", "unknown"]
        for level, item in enumerate(items[:5]):
            label = texts[item.findtext(f"{XF}itextId") or ""]
            assert label.startswith(f"{level} ")
            assert label.endswith(descriptor(ind["levels"][level])), (name, level, label)


def test_metadata_units_and_unit_kinds(form: tuple[ET.Element, list[str]]) -> None:
    root, _ = form
    model = root.find(f".//{XF}model")
    assert model is not None
    binds = {b.attrib["nodeset"].rsplit("/", 1)[-1]: b.attrib for b in model.iter(f"{XF}bind")}
    data = model.find(f"{XF}instance/{XF}data")
    assert data is not None
    assert data.attrib["id"] == "lhs-2021" and data.attrib["version"] == "2.0.0.2"
    assert binds["framework_version"]["calculate"] == "'2.0.0'"
    assert binds["form_revision"]["calculate"] == "'2'"
    assert "instance('units')/root/item[name =  /data/unit_id ]/kind" in binds["unit_kind"]["calculate"]
    assert binds["cap_res_critical_mass"]["relevant"].split() == (
        "/data/unit_kind = 'national' or /data/unit_kind = 'subnational'".split()
    )
    units = model.find(f"{XF}instance[@id='units']")
    assert units is not None
    kis = units.find(f"{XF}root/{XF}item")
    assert kis is not None
    assert [kis.findtext(f"{XF}{k}") for k in ("name", "kind", "org_unit", "unit_name")] == [
        "kis-east",
        "district",
        "fXy12AbCdE3",
        "Kisumu East",
    ]
    langs = [t.attrib["lang"] for t in model.iter(f"{XF}translation")]
    assert langs == ["English (en)", "Français (fr)", "Español (es)", "Português (pt)", "العربية (ar)"]


def test_bytes_without_a_path_and_without_units(tmp_path: Path) -> None:
    book = Framework.builtin().to_xlsform(revision=3, confidence=False)
    assert book[:2] == b"PK"
    path = tmp_path / "typed.xlsx"
    path.write_bytes(book)
    root, warnings = xform(path)
    assert warnings == []
    names = {b.attrib["nodeset"].rsplit("/", 1)[-1] for b in root.iter(f"{XF}bind")}
    assert "unit_kind" in names and "inst_info_routine_data__evidence" in names
    assert not any(n.endswith("__confidence") for n in names)


def test_errors(tmp_path: Path) -> None:
    fw = Framework.builtin()
    bad = tmp_path / "units.csv"
    bad.write_text("id,name,kind\nk 1,A,hospital\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        fw.to_xlsform(tmp_path / "f.xlsx", units=bad)
    assert [(d["code"], d["path"]) for d in e.value.details] == [
        ("input.invalid_unit", "/rows/0/id"),
        ("input.invalid_unit", "/rows/0/kind"),
    ]
    assert not (tmp_path / "f.xlsx").exists()
    with pytest.raises(InputError) as e:
        fw.to_xlsform(revision=-1)
    assert (e.value.code, e.value.path) == ("argument.invalid_value", "/revision")
    with pytest.raises(InputError) as e:
        fw.to_xlsform(units=3)  # type: ignore[call-overload]
    assert (e.value.code, e.value.path) == ("argument.invalid_type", "/units")
    with pytest.raises(FileNotFoundError):
        fw.to_xlsform(tmp_path / "no" / "f.xlsx")
    spec = fw.to_dict()
    twin = dict(spec["domains"][0]["children"][0]["indicators"][0])
    twin["id"] = "inst.info.routine_data__evidence"
    spec["domains"][0]["children"][0]["indicators"].append(twin)
    with pytest.raises(FrameworkError) as f:
        Framework.from_dict(spec).to_xlsform()
    assert f.value.code == "framework.form_name_collision"
    assert f.value.path.startswith("/domains/0/children/0/indicators/")
    assert lhs_maturity.Framework is Framework


def test_periods_from_a_list(tmp_path: Path) -> None:
    fw = Framework.builtin()
    path = tmp_path / "periods.xlsx"
    fw.to_xlsform(path, periods=["2026-Q3", "2026-Q4"])
    root, warnings = xform(path)
    assert warnings == []
    periods = root.find(f".//{XF}model/{XF}instance[@id='periods']")
    assert periods is not None
    assert [i.findtext(f"{XF}name") for i in periods.iter(f"{XF}item")] == ["2026-Q3", "2026-Q4"]
    with pytest.raises(InputError) as e:
        fw.to_xlsform(periods=["2026-09"])
    assert (e.value.code, e.value.path) == ("input.invalid_period", "/periods/0")

