//! ODK Collect's instance XML (`instances/<name>/<name>.xml`, copied from a phone): the form's
//! instance, one submission per file, groups as nested elements.

use super::table::{unreadable, Field, Place, Server, Sub};
use crate::error::Error;

/// The one submission of an instance file.
pub(super) fn instance(bytes: &[u8]) -> Result<Sub, Error> {
    let text = crate::read::file::text_of_bytes(bytes, crate::read::file::Document::Assessment)?;
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(text, opts)
        .map_err(|e| unreadable("xml", e.to_string()))?;
    let root = doc.root_element();
    let mut sub = Sub {
        place: Place {
            path: format!("/{}", root.tag_name().name()),
            line: doc.text_pos_at(root.range().start).row.into(),
            column: 0,
        },
        server: Server {
            form_version: root.attribute("version").map(str::to_owned),
            ..Server::default()
        },
        ..Sub::default()
    };
    for node in root.descendants().filter(|n| n.is_element()) {
        if node.children().any(|c| c.is_element()) {
            continue;
        }
        let path: Vec<&str> = node
            .ancestors()
            .filter(|a| a.is_element())
            .map(|a| a.tag_name().name())
            .collect();
        let path = format!("/{}", path.into_iter().rev().collect::<Vec<_>>().join("/"));
        let field = node.tag_name().name();
        let value = node.text().unwrap_or("").to_owned();
        if sub.server_field(field, &value) {
            continue;
        }
        let pos = doc.text_pos_at(node.range().start);
        sub.fields.push(Field {
            name: path.trim_start_matches('/').to_owned(),
            value,
            place: Place {
                path,
                line: pos.row.into(),
                column: pos.col.into(),
            },
        });
    }
    Ok(sub)
}
