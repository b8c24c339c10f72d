//! The names of a form's fields, derived from the framework's ids, and the way back: a field
//! name (or a column header of a submission export, with its group path) to the indicator or
//! metadata it holds.

use crate::error::{Error, Severity};
use crate::i18n;
use crate::model::compiled::Framework;
use crate::model::framework::{Node, NodeContent};
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::HashMap;

/// What a field of the form holds: [`Framework::form_field`] reads it back from a field name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FormFieldKind {
    /// The rating of an indicator: a level, `na` or `unknown` (`inst_info_routine_data`).
    Level,
    /// The evidence note of an indicator (`…__evidence`).
    Evidence,
    /// How sure the respondent is of the rating (`…__confidence`).
    Confidence,
    /// Why the indicator does not apply, for `na` (`…__justification`).
    Justification,
    /// The group of a domain or sub-domain (`inst`, `inst_info`).
    Group,
    /// The framework's id, a calculated field (`framework_id`).
    FrameworkId,
    /// The framework's version, a calculated field (`framework_version`).
    FrameworkVersion,
    /// The form's revision, a calculated field (`form_revision`).
    FormRevision,
    /// The unit's id (`unit_id`).
    UnitId,
    /// The unit's name (`unit_name`).
    UnitName,
    /// The unit's kind (`unit_kind`), which the indicators' `relevant` reads.
    UnitKind,
    /// The unit's DHIS2 organisation unit, from the units list (`org_unit`).
    OrgUnit,
    /// The period assessed (`period`).
    Period,
    /// The respondent's stakeholder group (`respondent_role`).
    RespondentRole,
}

/// A field of the form, read back: what it holds and, for an indicator's fields and a group,
/// the indicator's or node's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct FormField {
    /// What the field holds.
    pub kind: FormFieldKind,
    /// The indicator id (`inst.info.routine_data`) of an indicator's field, the node id of a
    /// group; none for the metadata fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The metadata fields, by name.
pub(crate) const META_FIELDS: [(&str, FormFieldKind); 9] = [
    ("framework_id", FormFieldKind::FrameworkId),
    ("framework_version", FormFieldKind::FrameworkVersion),
    ("form_revision", FormFieldKind::FormRevision),
    ("unit_id", FormFieldKind::UnitId),
    ("unit_name", FormFieldKind::UnitName),
    ("unit_kind", FormFieldKind::UnitKind),
    ("org_unit", FormFieldKind::OrgUnit),
    ("period", FormFieldKind::Period),
    ("respondent_role", FormFieldKind::RespondentRole),
];

/// The suffixes of an indicator's fields other than its rating.
pub(crate) const SUFFIXES: [(&str, FormFieldKind); 3] = [
    ("__evidence", FormFieldKind::Evidence),
    ("__confidence", FormFieldKind::Confidence),
    ("__justification", FormFieldKind::Justification),
];

/// Names XLSForm or the servers keep for themselves.
const RESERVED: [&str; 3] = ["meta", "instanceID", "data"];

/// The field name of an indicator or node id: its dots as underscores.
pub(crate) fn base_name(id: &str) -> String {
    id.replace('.', "_")
}

/// Every name of the form (fields and groups), each with what it holds and the JSON Pointer of
/// the framework id it comes from; a name taken twice (whatever the case) is refused.
pub(crate) struct Names {
    taken: HashMap<String, (String, String)>,
    errors: Vec<crate::Diagnostic>,
}

impl Names {
    pub(crate) fn new() -> Names {
        let mut n = Names {
            taken: HashMap::new(),
            errors: Vec::new(),
        };
        for r in RESERVED {
            n.taken
                .insert(r.to_ascii_lowercase(), (r.to_owned(), String::new()));
        }
        for (m, _) in META_FIELDS {
            n.taken.insert(m.to_owned(), (m.to_owned(), String::new()));
        }
        n
    }

    /// Takes `name` for `owner` (an id of the framework, at `pointer`).
    pub(crate) fn take(&mut self, name: &str, owner: &str, pointer: &str) {
        let key = name.to_ascii_lowercase();
        if let Some((other_name, other)) = self.taken.get(&key) {
            let other = if other.is_empty() { other_name } else { other };
            self.errors.push(i18n::diagnostic(
                Severity::Error,
                "framework.form_name_collision",
                pointer,
                &[
                    ("id", owner.into()),
                    ("name", name.into()),
                    ("other", other.as_str().into()),
                ],
            ));
        } else {
            self.taken.insert(key, (name.to_owned(), owner.to_owned()));
        }
    }

    pub(crate) fn finish(self) -> Result<(), Error> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Framework(self.errors))
        }
    }
}

/// Takes the names of a node, its sub-nodes and its indicators' fields.
fn take_node(names: &mut Names, node: &Node, pointer: &str, confidence: bool) {
    names.take(&base_name(&node.id), &node.id, &format!("{pointer}/id"));
    match &node.content {
        NodeContent::Children(children) => {
            for (i, c) in children.iter().enumerate() {
                take_node(names, c, &format!("{pointer}/children/{i}"), confidence);
            }
        }
        NodeContent::Indicators(indicators) => {
            for (i, ind) in indicators.iter().enumerate() {
                let p = format!("{pointer}/indicators/{i}/id");
                let base = base_name(&ind.id);
                names.take(&base, &ind.id, &p);
                for (suffix, kind) in SUFFIXES {
                    if confidence || kind != FormFieldKind::Confidence {
                        names.take(&format!("{base}{suffix}"), &ind.id, &p);
                    }
                }
            }
        }
    }
}

impl Framework {
    /// Checks that every name of the form is unique (whatever the case): each collision is a
    /// `framework.form_name_collision` at the id that gives the name the second time.
    pub(crate) fn check_form_names(&self, confidence: bool) -> Result<(), Error> {
        let mut names = Names::new();
        for (i, d) in self.spec().domains.iter().enumerate() {
            take_node(&mut names, d, &format!("/domains/{i}"), confidence);
        }
        names.finish()
    }

    /// What a field of this framework's form ([`Framework::xlsform`]) holds, from its name:
    /// the rating, evidence, confidence or justification of an indicator, a group, or a
    /// metadata field. A column header of a submission export may be given as it is, with its
    /// group path (`inst-inst_info-inst_info_routine_data` in ODK Central's CSV,
    /// `inst/inst_info/…` in KoboToolbox's): field names never hold `-`, `/` or `.`, so the
    /// last part is the name. `None` for a name the form does not have.
    ///
    /// ```
    /// use lhs_maturity::{Framework, FormFieldKind};
    /// let fw = Framework::builtin();
    /// let f = fw.form_field("inst_info_routine_data__evidence").unwrap();
    /// assert_eq!((f.kind, f.id.as_deref()), (FormFieldKind::Evidence, Some("inst.info.routine_data")));
    /// let f = fw.form_field("inst-inst_info-inst_info_routine_data").unwrap();
    /// assert_eq!((f.kind, f.id.as_deref()), (FormFieldKind::Level, Some("inst.info.routine_data")));
    /// assert_eq!(fw.form_field("unit_kind").unwrap().kind, FormFieldKind::UnitKind);
    /// assert_eq!(fw.form_field("inst_info").unwrap().kind, FormFieldKind::Group);
    /// assert!(fw.form_field("inst_info_nothing").is_none());
    /// ```
    pub fn form_field(&self, name: &str) -> Option<FormField> {
        let name = name.rsplit(['-', '/', '.']).next().unwrap_or(name);
        if let Some((_, kind)) = META_FIELDS.iter().find(|(m, _)| *m == name) {
            return Some(FormField {
                kind: *kind,
                id: None,
            });
        }
        let (base, kind) = SUFFIXES
            .iter()
            .find_map(|(s, k)| name.strip_suffix(s).map(|b| (b, *k)))
            .unwrap_or((name, FormFieldKind::Level));
        let indicator = self
            .0
            .indicators
            .iter()
            .find(|c| base_name(&c.spec.id) == base);
        if let Some(c) = indicator {
            return Some(FormField {
                kind,
                id: Some(c.spec.id.clone()),
            });
        }
        if kind != FormFieldKind::Level {
            return None;
        }
        self.0
            .nodes
            .iter()
            .find(|n| base_name(&n.id) == base)
            .map(|n| FormField {
                kind: FormFieldKind::Group,
                id: Some(n.id.to_string()),
            })
    }
}
