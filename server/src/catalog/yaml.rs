//! Reads a catalog file into JSON documents, remembering the line of every field so a problem
//! can be reported as `file:line`. Documents are split at `---` lines and parsed one by one, so a
//! syntax error in one document does not hide the others (YAML 1.2 core schema, like Backstage's
//! `yaml` package; duplicate keys are an error there and here).

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};
use serde_json::{Map, Number, Value};

/// One non-empty document of a file.
#[derive(Debug)]
pub struct YamlDocument {
    /// Position among all documents of the file, empty ones included (0-based).
    pub index: usize,
    /// The line its content starts on (1-based).
    pub line: usize,
    pub value: Value,
    pub lines: FieldLines,
}

/// A document that could not be read, with where and why.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentError {
    pub index: usize,
    pub line: usize,
    pub message: String,
}

/// Line numbers of dotted field paths (`metadata.name`, `metadata.tags.0`).
#[derive(Debug, Default)]
pub struct FieldLines(HashMap<String, usize>);

impl FieldLines {
    /// The line of `path`, or of its nearest parent that has one.
    pub fn line_of(&self, path: &str) -> Option<usize> {
        let mut path = path;
        loop {
            if let Some(line) = self.0.get(path) {
                return Some(*line);
            }
            path = &path[..path.rfind('.')?];
        }
    }
}

/// Splits `text` into documents and parses each. Empty documents are skipped, as Backstage does.
pub fn parse_documents(text: &str) -> Vec<Result<YamlDocument, DocumentError>> {
    split_documents(text)
        .into_iter()
        .enumerate()
        .filter_map(|(index, (first_line, chunk))| parse_one(index, first_line, chunk))
        .collect()
}

/// Cuts the text before every line that starts with a `---` marker. YAML forbids a document
/// marker at column 0 inside any scalar, so this cut never splits one value.
fn split_documents(text: &str) -> Vec<(usize, &str)> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut start_line = 1;
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end_matches(['\n', '\r']);
        let is_marker = bare == "---" || bare.starts_with("--- ") || bare.starts_with("---\t");
        if is_marker && offset > start {
            chunks.push((start_line, &text[start..offset]));
            start = offset;
            start_line = number + 1;
        }
        offset += line.len();
    }
    chunks.push((start_line, &text[start..]));
    chunks
}

fn parse_one(
    index: usize,
    first_line: usize,
    chunk: &str,
) -> Option<Result<YamlDocument, DocumentError>> {
    let mut builder = Builder::new(first_line - 1);
    for event in Parser::new_from_str(chunk) {
        match event {
            Ok((event, span)) => {
                if let Err(message) = builder.event(event, span) {
                    return Some(Err(DocumentError {
                        index,
                        line: builder.line(span),
                        message,
                    }));
                }
            }
            Err(error) => {
                let line = first_line - 1 + error.marker().line();
                return Some(Err(DocumentError {
                    index,
                    line,
                    message: format!(
                        "YAML error at line {line} column {}, {}",
                        error.marker().col() + 1,
                        error.info()
                    ),
                }));
            }
        }
    }
    let (root, root_line) = builder.root?;
    Some(match root {
        Value::Object(_) => Ok(YamlDocument {
            index,
            line: root_line,
            value: root,
            lines: FieldLines(builder.lines),
        }),
        Value::Null => return None,
        other => Err(DocumentError {
            index,
            line: root_line,
            message: format!("Expected object at root, got {}", json_type(&other)),
        }),
    })
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Hostile files: aliases can multiply a small file into billions of nodes ("billion laughs"),
/// and deep nesting can exhaust the stack when a value is dropped. Both are refused.
const MAX_NODES: usize = 1_000_000;
const MAX_DEPTH: usize = 64;

enum Frame {
    Map {
        map: Map<String, Value>,
        key: Option<String>,
        path: String,
        anchor: usize,
        first_node: usize,
    },
    Seq {
        items: Vec<Value>,
        path: String,
        anchor: usize,
        first_node: usize,
    },
}

/// Builds a JSON value from parser events, recording each field's line.
struct Builder {
    line_offset: usize,
    stack: Vec<Frame>,
    /// Each anchored value with its node count, so an alias adds its full size.
    anchors: HashMap<usize, (Value, usize)>,
    lines: HashMap<String, usize>,
    root: Option<(Value, usize)>,
    nodes: usize,
}

impl Builder {
    fn new(line_offset: usize) -> Builder {
        Builder {
            line_offset,
            stack: Vec::new(),
            anchors: HashMap::new(),
            lines: HashMap::new(),
            root: None,
            nodes: 0,
        }
    }

    fn count(&mut self, nodes: usize) -> Result<(), String> {
        self.nodes += nodes;
        if self.nodes > MAX_NODES {
            return Err(format!(
                "document expands to more than {MAX_NODES} values (too many aliases?)"
            ));
        }
        if self.stack.len() > MAX_DEPTH {
            return Err(format!(
                "document is nested more than {MAX_DEPTH} levels deep"
            ));
        }
        Ok(())
    }

    fn line(&self, span: Span) -> usize {
        self.line_offset + span.start.line()
    }

    /// The path the next value will have, or None when the next scalar is a mapping key.
    fn next_path(&self) -> Option<String> {
        match self.stack.last() {
            None => Some(String::new()),
            Some(Frame::Map { key: None, .. }) => None,
            Some(Frame::Map {
                key: Some(key),
                path,
                ..
            }) => Some(join(path, key)),
            Some(Frame::Seq { items, path, .. }) => Some(join(path, &items.len().to_string())),
        }
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), String> {
        let line = self.line(span);
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                self.count(1)?;
                let value = scalar(&text, style, tag.as_deref());
                self.push_value(value, anchor, line, 1)
            }
            Event::Alias(id) => {
                let (value, size) = self
                    .anchors
                    .get(&id)
                    .cloned()
                    .ok_or_else(|| "YAML alias refers to an unknown anchor".to_string())?;
                self.count(size)?;
                self.push_value(value, 0, line, size)
            }
            Event::MappingStart(anchor, _) => {
                let (path, first_node) = self.open_container("mapping", line)?;
                self.stack.push(Frame::Map {
                    map: Map::new(),
                    key: None,
                    path,
                    anchor,
                    first_node,
                });
                Ok(())
            }
            Event::SequenceStart(anchor, _) => {
                let (path, first_node) = self.open_container("sequence", line)?;
                self.stack.push(Frame::Seq {
                    items: Vec::new(),
                    path,
                    anchor,
                    first_node,
                });
                Ok(())
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let (value, anchor, path, first_node) = match self.stack.pop() {
                    Some(Frame::Map {
                        map,
                        anchor,
                        path,
                        first_node,
                        ..
                    }) => (Value::Object(map), anchor, path, first_node),
                    Some(Frame::Seq {
                        items,
                        anchor,
                        path,
                        first_node,
                    }) => (Value::Array(items), anchor, path, first_node),
                    None => return Err("unbalanced YAML structure".to_string()),
                };
                let line = self.lines.get(&path).copied().unwrap_or(line);
                let size = self.nodes - first_node + 1;
                self.attach(value, anchor, line, size)
            }
            Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(_)
            | Event::DocumentEnd
            | Event::Nothing => Ok(()),
        }
    }

    /// The path and first node number of a mapping or sequence that starts here.
    fn open_container(&mut self, what: &str, line: usize) -> Result<(String, usize), String> {
        let path = self
            .next_path()
            .ok_or_else(|| format!("a {what} cannot be used as a key"))?;
        self.lines.entry(path.clone()).or_insert(line);
        self.count(1)?;
        Ok((path, self.nodes))
    }

    fn push_value(
        &mut self,
        value: Value,
        anchor: usize,
        line: usize,
        size: usize,
    ) -> Result<(), String> {
        if let Some(Frame::Map {
            map,
            key: key @ None,
            path,
            ..
        }) = self.stack.last_mut()
        {
            let name = match value {
                Value::String(s) => s,
                Value::Null => String::new(),
                other => other.to_string(),
            };
            if map.contains_key(&name) {
                return Err(format!("Map keys must be unique; \"{name}\" is repeated"));
            }
            self.lines.insert(join(path, &name), line);
            *key = Some(name);
            return Ok(());
        }
        if let Some(path) = self.next_path() {
            self.lines.entry(path).or_insert(line);
        }
        self.attach(value, anchor, line, size)
    }

    fn attach(
        &mut self,
        value: Value,
        anchor: usize,
        line: usize,
        size: usize,
    ) -> Result<(), String> {
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), size));
        }
        match self.stack.last_mut() {
            None => self.root = Some((value, line)),
            Some(Frame::Seq { items, .. }) => items.push(value),
            Some(Frame::Map { map, key, .. }) => match key.take() {
                Some(key) => {
                    map.insert(key, value);
                }
                None => return Err("complex mapping keys are not supported".to_string()),
            },
        }
        Ok(())
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Resolves a scalar with the YAML 1.2 core schema: only plain scalars become null, booleans or
/// numbers; quoted and block scalars are always strings.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Value {
    if let Some(tag) = tag.filter(|t| t.is_yaml_core_schema()) {
        return match tag.suffix.as_str() {
            "str" => Value::String(text.to_string()),
            _ => plain(text),
        };
    }
    if style != ScalarStyle::Plain {
        return Value::String(text.to_string());
    }
    plain(text)
}

fn plain(text: &str) -> Value {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    if let Some(number) = integer(text) {
        return Value::Number(number.into());
    }
    if looks_like_float(text) {
        if let Some(number) = text.parse::<f64>().ok().and_then(Number::from_f64) {
            return Value::Number(number);
        }
    }
    Value::String(text.to_string())
}

fn integer(text: &str) -> Option<i64> {
    if let Some(hex) = text.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok();
    }
    if let Some(octal) = text.strip_prefix("0o") {
        return i64::from_str_radix(octal, 8).ok();
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, the core schema's float.
fn looks_like_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(at) => (&body[..at], Some(&body[at + 1..])),
        None => (body, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match fraction {
        Some(f) => digits(whole) && digits(f) && !(whole.is_empty() && f.is_empty()),
        None => !whole.is_empty() && digits(whole),
    };
    let exponent_ok = match exponent {
        Some(e) => {
            let e = e.strip_prefix(['-', '+']).unwrap_or(e);
            !e.is_empty() && digits(e)
        }
        None => true,
    };
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn multi_document_files_keep_lines() {
        let text = "apiVersion: v1\nkind: A\n---\n# nothing\n---\nkind: B\nmetadata:\n  name: x\n  tags:\n    - one\n";
        let docs = parse_documents(text);
        assert_eq!(docs.len(), 2, "the empty document is skipped");
        let second = docs[1].as_ref().expect("parses");
        assert_eq!(second.index, 2);
        assert_eq!(second.value["metadata"]["name"], json!("x"));
        assert_eq!(second.lines.line_of("metadata.name"), Some(8));
        assert_eq!(second.lines.line_of("metadata.tags.0"), Some(10));
        assert_eq!(second.lines.line_of("metadata.unknown"), Some(7));
    }

    #[test]
    fn a_syntax_error_spoils_only_its_own_document() {
        let text = "kind: A\n---\nkind: [unclosed\n---\nkind: C\n";
        let docs = parse_documents(text);
        assert_eq!(docs.len(), 3);
        assert!(docs[0].is_ok());
        let error = docs[1].as_ref().expect_err("broken");
        assert_eq!(error.index, 1);
        assert!(
            error.message.starts_with("YAML error at line"),
            "{}",
            error.message
        );
        assert!(docs[2].is_ok());
    }

    #[test]
    fn core_schema_scalars() {
        let docs = parse_documents(
            "a: yes\nb: true\nc: '1'\nd: 1\ne: 1.5\nf: ~\ng: 0x1F\nh: 1.2.3\ni: \"true\"\nj: |\n  text\n",
        );
        let value = &docs[0].as_ref().expect("parses").value;
        assert_eq!(
            value,
            &json!({"a": "yes", "b": true, "c": "1", "d": 1, "e": 1.5, "f": null, "g": 31,
                    "h": "1.2.3", "i": "true", "j": "text\n"})
        );
    }

    #[test]
    fn anchors_and_aliases_copy_values() {
        let docs = parse_documents("base: &b {x: 1}\ncopy: *b\n");
        let value = &docs[0].as_ref().expect("parses").value;
        assert_eq!(value["copy"], json!({"x": 1}));
    }

    #[test]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let prev = i - 1;
            bomb.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let docs = parse_documents(&bomb);
        let error = docs[0].as_ref().expect_err("refused");
        assert!(
            error.message.contains("too many aliases"),
            "{}",
            error.message
        );

        let deep = format!("a: {}{}\n", "[".repeat(200), "]".repeat(200));
        let docs = parse_documents(&deep);
        let error = docs[0].as_ref().expect_err("refused");
        assert!(
            error.message.contains("nested more than"),
            "{}",
            error.message
        );
    }

    #[test]
    fn non_object_roots_and_duplicate_keys_are_errors() {
        let docs = parse_documents("- a\n---\nname: a\nname: b\n");
        assert_eq!(
            docs[0].as_ref().expect_err("array root").message,
            "Expected object at root, got array"
        );
        let dup = docs[1].as_ref().expect_err("duplicate");
        assert_eq!(dup.line, 4);
        assert!(dup.message.contains("\"name\" is repeated"));
    }
}
