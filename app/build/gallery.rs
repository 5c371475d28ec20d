//! The component gallery's contents, read from source: every `#[component]` in app/src/ui
//! (its doc comment, and each prop's name, type, default and doc comment) and every demo in
//! app/src/pages/design/demos (each `pub fn` is one live example, and its body is the snippet
//! shown next to it). The output is Rust that src/pages/design/gallery.rs includes.

use std::{env, fmt::Write as _, fs, path::Path};

use quote::ToTokens;
use syn::{punctuated::Punctuated, Attribute, Expr, FnArg, Item, Lit, Meta, Pat, Token};

struct Prop {
    name: String,
    ty: String,
    default: String,
    description: String,
}

struct Component {
    name: String,
    module: String,
    summary: String,
    props: Vec<Prop>,
}

struct Demo {
    function: String,
    title: String,
    snippet: String,
}

struct Page {
    module: String,
    title: String,
    summary: String,
    group: String,
    a11y: String,
    components: Vec<String>,
    demos: Vec<Demo>,
}

/// The text of `///` comments (`#[doc = "..."]` attributes), joined into one paragraph.
fn doc_of(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            Meta::NameValue(nv) => match &nv.value {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(s) => Some(s.value().trim().to_string()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .collect();
    lines.join(" ").trim().to_string()
}

/// Token text made readable: `Option < String >` becomes `Option<String>`.
fn tidy(tokens: String) -> String {
    let mut text = tokens;
    for (from, to) in [
        (" < ", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (":: ", "::"),
        (" ,", ","),
        ("& ", "&"),
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        ("! ", "!"),
        (" .", "."),
        (". ", "."),
    ] {
        text = text.replace(from, to);
    }
    text
}

fn prop_of(arg: &FnArg) -> Option<Prop> {
    let FnArg::Typed(typed) = arg else {
        return None;
    };
    let Pat::Ident(ident) = typed.pat.as_ref() else {
        return None;
    };
    let ty = tidy(typed.ty.to_token_stream().to_string());
    let mut default = if ty.starts_with("Option<") {
        "None".to_string()
    } else {
        "required".to_string()
    };
    for attr in typed.attrs.iter().filter(|a| a.path().is_ident("prop")) {
        let Ok(metas) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            continue;
        };
        for meta in metas {
            match meta {
                Meta::Path(path) if path.is_ident("optional") && default == "required" => {
                    default = "Default::default()".to_string();
                }
                Meta::NameValue(nv) if nv.path.is_ident("default") => {
                    default = tidy(nv.value.to_token_stream().to_string());
                }
                _ => {}
            }
        }
    }
    Some(Prop {
        name: ident.ident.to_string(),
        ty,
        default,
        description: doc_of(&typed.attrs),
    })
}

/// The lines strictly between a block's braces, with the common indentation removed.
fn block_text(source: &str, block: &syn::Block) -> String {
    let open = block.brace_token.span.open().end();
    let close = block.brace_token.span.close().start();
    let lines: Vec<&str> = source.lines().collect();
    let inner: Vec<&str> = lines
        .iter()
        .skip(open.line) // `open.line` is 1-based: this skips through the `{` line
        .take(close.line.saturating_sub(open.line + 1))
        .copied()
        .collect();
    let indent = inner
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    inner
        .iter()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn module_doc(file: &syn::File) -> String {
    doc_of(&file.attrs)
}

fn const_str(file: &syn::File, name: &str) -> String {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Const(c) if c.ident == name => match c.expr.as_ref() {
                Expr::Lit(lit) => match &lit.lit {
                    Lit::Str(s) => Some(s.value()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        })
        .unwrap_or_default()
}

fn const_list(file: &syn::File, name: &str) -> Vec<String> {
    file.items
        .iter()
        .find_map(|item| match item {
            Item::Const(c) if c.ident == name => {
                let Expr::Reference(reference) = c.expr.as_ref() else {
                    return None;
                };
                let Expr::Array(array) = reference.expr.as_ref() else {
                    return None;
                };
                Some(
                    array
                        .elems
                        .iter()
                        .filter_map(|e| match e {
                            Expr::Lit(lit) => match &lit.lit {
                                Lit::Str(s) => Some(s.value()),
                                _ => None,
                            },
                            _ => None,
                        })
                        .collect(),
                )
            }
            _ => None,
        })
        .unwrap_or_default()
}

fn rust_files(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("rs") || stem == "mod" {
            continue;
        }
        if let Ok(text) = fs::read_to_string(&path) {
            out.push((stem.to_string(), text));
        }
    }
    out.sort();
    out
}

fn components(ui: &Path) -> Vec<Component> {
    let mut out = Vec::new();
    for (module, text) in rust_files(ui) {
        let Ok(file) = syn::parse_file(&text) else {
            println!("cargo:warning=gallery: cannot parse src/ui/{module}.rs");
            continue;
        };
        for item in &file.items {
            let Item::Fn(function) = item else { continue };
            if !function
                .attrs
                .iter()
                .any(|a| a.path().is_ident("component"))
            {
                continue;
            }
            out.push(Component {
                name: function.sig.ident.to_string(),
                module: module.clone(),
                summary: doc_of(&function.attrs),
                props: function.sig.inputs.iter().filter_map(prop_of).collect(),
            });
        }
    }
    out
}

fn pages(demos: &Path) -> Vec<Page> {
    let mut out = Vec::new();
    for (module, text) in rust_files(demos) {
        let Ok(file) = syn::parse_file(&text) else {
            println!("cargo:warning=gallery: cannot parse demos/{module}.rs");
            continue;
        };
        let demos = file
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Fn(f) if matches!(f.vis, syn::Visibility::Public(_)) => Some(Demo {
                    function: f.sig.ident.to_string(),
                    title: doc_of(&f.attrs),
                    snippet: block_text(&text, &f.block),
                }),
                _ => None,
            })
            .collect();
        out.push(Page {
            title: const_str(&file, "TITLE"),
            summary: module_doc(&file),
            group: const_str(&file, "GROUP"),
            a11y: const_str(&file, "A11Y"),
            components: const_list(&file, "COMPONENTS"),
            module,
            demos,
        });
    }
    out
}

pub fn generate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui = root.join("src/ui");
    let demos = root.join("src/pages/design/demos");
    println!("cargo:rerun-if-changed={}", ui.display());
    println!("cargo:rerun-if-changed={}", demos.display());

    let mut out = String::from(
        "// Generated by build/gallery.rs from src/ui and src/pages/design/demos.\n\n",
    );
    out.push_str("pub const COMPONENTS: &[ComponentDoc] = &[\n");
    for c in components(&ui) {
        let _ = writeln!(
            out,
            "    ComponentDoc {{ name: {:?}, module: {:?}, summary: {:?}, props: &[",
            c.name, c.module, c.summary
        );
        for p in c.props {
            let _ = writeln!(
                out,
                "        PropDoc {{ name: {:?}, ty: {:?}, default: {:?}, description: {:?} }},",
                p.name, p.ty, p.default, p.description
            );
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n\n");

    let pages = pages(&demos);
    for page in &pages {
        for demo in &page.demos {
            let _ = writeln!(
                out,
                "fn render_{m}_{f}() -> AnyView {{ demos::{m}::{f}().into_any() }}",
                m = page.module,
                f = demo.function
            );
        }
    }
    out.push_str("\n/// Every gallery page, in file order.\npub fn pages() -> Vec<GalleryPage> {\n    vec![\n");
    for page in &pages {
        let _ = writeln!(
            out,
            "        GalleryPage {{ slug: {:?}, title: {:?}, summary: {:?}, group: {:?}, a11y: {:?}, components: &{:?}, demos: vec![",
            page.module, page.title, page.summary, page.group, page.a11y, page.components
        );
        for demo in &page.demos {
            let _ = writeln!(
                out,
                "            Demo {{ title: {:?}, snippet: {:?}, render: render_{}_{} }},",
                demo.title, demo.snippet, page.module, demo.function
            );
        }
        out.push_str("        ] },\n");
    }
    out.push_str("    ]\n}\n");

    let dest =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".to_string())).join("gallery.rs");
    if let Err(error) = fs::write(&dest, out) {
        println!("cargo:warning=cannot write {}: {error}", dest.display());
    }
}
