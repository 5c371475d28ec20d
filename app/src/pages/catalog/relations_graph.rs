//! The relations graph: the entity in the middle, every entity it relates to around it, each
//! edge labelled with its relation. Drawn as SVG on the server; every node is a link, so the
//! graph can be clicked through (the owner, the system, an API ...).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::model::{catalog_page::short_ref, entity_href, EntityRef, EntityView, RefContext};

const WIDTH: f64 = 880.0;
const HEIGHT: f64 = 440.0;
const NODE_HEIGHT: f64 = 44.0;
/// More neighbours than this would overlap; the rest are counted in a note.
const MAX_NEIGHBOURS: usize = 14;

/// One node placed on the canvas.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedNode {
    pub entity_ref: EntityRef,
    pub label: String,
    pub kind: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    /// The relations from the centre to this node, e.g. `ownedBy`.
    pub relations: Vec<String>,
}

fn node_width(label: &str, kind: &str) -> f64 {
    let chars = label.chars().count().max(kind.len()) as f64;
    (chars * 8.2 + 34.0).clamp(100.0, 220.0)
}

/// Places the centre and up to MAX_NEIGHBOURS neighbours on an ellipse around it, in a stable
/// order (by relation, then name), and says how many were left out.
pub fn layout(view: &EntityView) -> (PlacedNode, Vec<PlacedNode>, usize) {
    let entity = &view.entity;
    let centre_label = entity.display_name().to_string();
    let centre = PlacedNode {
        entity_ref: entity.entity_ref(),
        width: node_width(&centre_label, &entity.kind),
        label: centre_label,
        kind: entity.kind.clone(),
        x: WIDTH / 2.0,
        y: HEIGHT / 2.0,
        relations: Vec::new(),
    };
    let mut by_target: Vec<(String, Vec<String>)> = Vec::new();
    for relation in &entity.relations {
        match by_target
            .iter_mut()
            .find(|(t, _)| *t == relation.target_ref)
        {
            Some((_, types)) => types.push(relation.relation_type.clone()),
            None => by_target.push((
                relation.target_ref.clone(),
                vec![relation.relation_type.clone()],
            )),
        }
    }
    by_target.sort_by(|a, b| a.1.first().cmp(&b.1.first()).then(a.0.cmp(&b.0)));
    let hidden = by_target.len().saturating_sub(MAX_NEIGHBOURS);
    by_target.truncate(MAX_NEIGHBOURS);
    let count = by_target.len().max(1) as f64;
    let nodes = by_target
        .into_iter()
        .enumerate()
        .filter_map(|(i, (target, relations))| {
            let entity_ref = EntityRef::parse(&target, RefContext::default()).ok()?;
            let summary = view.related.iter().find(|s| s.entity_ref == entity_ref);
            let label = summary
                .map(|s| s.display_name().to_string())
                .unwrap_or_else(|| short_ref(&entity_ref, None));
            let kind = summary
                .map(|s| s.kind.clone())
                .unwrap_or_else(|| entity_ref.kind.clone());
            // Start at the top and go clockwise.
            let angle = -std::f64::consts::FRAC_PI_2 + (i as f64) * std::f64::consts::TAU / count;
            Some(PlacedNode {
                width: node_width(&label, &kind),
                x: WIDTH / 2.0 + 330.0 * angle.cos(),
                y: HEIGHT / 2.0 + 165.0 * angle.sin(),
                entity_ref,
                label,
                kind,
                relations,
            })
        })
        .collect();
    (centre, nodes, hidden)
}

/// Where the line from `from` to the centre of a box at `to` meets the box's edge, so arrows
/// end at the node instead of under it.
fn edge_point(from: (f64, f64), to: (f64, f64), half_w: f64, half_h: f64) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    if dx == 0.0 && dy == 0.0 {
        return to;
    }
    let tx = if dx == 0.0 {
        f64::INFINITY
    } else {
        half_w / dx.abs()
    };
    let ty = if dy == 0.0 {
        f64::INFINITY
    } else {
        half_h / dy.abs()
    };
    let t = tx.min(ty).min(1.0);
    (to.0 - dx * t, to.1 - dy * t)
}

/// A node is an HTML element over the SVG, not an SVG element: its link is a real anchor that
/// the router, the keyboard and screen readers all treat as one (an `<a>` created inside SVG
/// by client-side rendering would land in the HTML namespace and not draw).
fn node_view(node: &PlacedNode, centre: bool) -> impl IntoView {
    let class = format!(
        "graph-node graph-node--{}{}",
        node.kind.to_lowercase(),
        if centre { " graph-node--centre" } else { "" }
    );
    let left = format!("{:.2}%", node.x / WIDTH * 100.0);
    let top = format!("{:.2}%", node.y / HEIGHT * 100.0);
    let width = format!("{:.2}%", node.width / WIDTH * 100.0);
    let body = view! {
        <span class="graph-node__kind">{node.kind.clone()}</span>
        <span class="graph-node__label">{node.label.clone()}</span>
    };
    if centre {
        view! {
            <div class=class style:left=left style:top=top style:width=width aria-current="page">
                {body}
            </div>
        }
        .into_any()
    } else {
        view! {
            <A
                href=entity_href(&node.entity_ref)
                attr:class=class
                attr:style=format!("left: {left}; top: {top}; width: {width}")
                attr:title=node.relations.join(", ")
            >
                {body}
            </A>
        }
        .into_any()
    }
}

#[component]
pub fn RelationsGraph(view: EntityView) -> impl IntoView {
    let (centre, nodes, hidden) = layout(&view);
    if nodes.is_empty() {
        return view! { <p class="muted">"This entity has no relations yet."</p> }.into_any();
    }
    let edges = nodes
        .iter()
        .map(|node| {
            let label = node.relations.join(", ");
            let (mx, my) = ((centre.x + node.x) / 2.0, (centre.y + node.y) / 2.0);
            let half_h = NODE_HEIGHT / 2.0 + 3.0;
            let (x1, y1) = edge_point(
                (node.x, node.y),
                (centre.x, centre.y),
                centre.width / 2.0,
                half_h,
            );
            let (x2, y2) = edge_point(
                (centre.x, centre.y),
                (node.x, node.y),
                node.width / 2.0 + 3.0,
                half_h,
            );
            view! {
                <g class="graph-edge">
                    <line x1=x1 y1=y1 x2=x2 y2=y2 marker-end="url(#graph-arrow)" />
                    <text x=mx y=my - 4.0 text-anchor="middle" class="graph-edge__label">
                        {label}
                    </text>
                </g>
            }
        })
        .collect_view();
    let node_views = nodes.iter().map(|n| node_view(n, false)).collect_view();
    let description = format!(
        "{} and the {} entities it relates to",
        centre.label,
        nodes.len() + hidden
    );
    view! {
        <figure class="relations-graph" data-testid="relations-graph" aria-label=description>
            <div class="relations-graph__canvas">
                <svg
                    class="relations-graph__edges"
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    preserveAspectRatio="none"
                    aria-hidden="true"
                >
                    <defs>
                        <marker
                            id="graph-arrow"
                            viewBox="0 0 10 10"
                            refX="10"
                            refY="5"
                            markerWidth="7"
                            markerHeight="7"
                            orient="auto-start-reverse"
                        >
                            <path d="M 0 0 L 10 5 L 0 10 z" class="graph-edge__arrow" />
                        </marker>
                    </defs>
                    {edges}
                </svg>
                {node_views}
                {node_view(&centre, true)}
            </div>
            {(hidden > 0)
                .then(|| {
                    view! {
                        <figcaption class="muted">
                            {format!("{hidden} more relations are listed in the cards below.")}
                        </figcaption>
                    }
                })}
        </figure>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::edge_point;

    #[test]
    fn edges_stop_at_the_edge_of_the_box() {
        // A box 100 wide centred at (300, 0), approached from the left: the edge is x = 250.
        assert_eq!(
            edge_point((0.0, 0.0), (300.0, 0.0), 50.0, 20.0),
            (250.0, 0.0)
        );
        // Approached from straight above: y = -20 above its centre.
        assert_eq!(
            edge_point((0.0, -300.0), (0.0, 0.0), 50.0, 20.0),
            (0.0, -20.0)
        );
    }
}
