//! /design/tokens: the palette, contrast checks, spacing, type scale, radii, shadows and motion,
//! rendered from the generated token table. Swatches paint with the live CSS variables, so they
//! follow the theme switcher; the values beside them are the stylesheet's.

use leptos::prelude::*;
use leptos_meta::Title;

use super::gallery_nav::GalleryNav;
use super::token_table::{contrast, token, tokens_with, Token, AA_TEXT, TEXT_PAIRS};
use crate::{shell::theme::ThemeToggle, ui::page_header::PageHeader};

#[component]
pub fn TokensPage() -> impl IntoView {
    view! {
        <Title text="Design tokens" />
        <div class="design-page gallery">
            <GalleryNav />
            <div class="gallery__main">
            <PageHeader
                title="Design tokens"
                subtitle="Every value the components use, read from style/_tokens.scss when Portico is built."
            >
                <ThemeToggle />
            </PageHeader>
            <Section title="Colour" id="colour">
                <div class="token-swatches">
                    {tokens_with("color-").map(|t| view! { <Swatch token=*t /> }).collect_view()}
                </div>
            </Section>
            <Section title="Contrast (WCAG AA, 4.5:1 for text)" id="contrast">
                <ContrastTable />
            </Section>
            <Section title="Spacing" id="spacing">
                <ul class="token-list">
                    {tokens_with("space-").map(|t| view! {
                        <TokenRow token=*t>
                            <span class="token-bar" style=format!("width: var(--{})", t.name)></span>
                        </TokenRow>
                    }).collect_view()}
                </ul>
            </Section>
            <Section title="Type scale" id="type">
                <ul class="token-list">
                    {tokens_with("text-").map(|t| view! {
                        <TokenRow token=*t>
                            <span class="token-type" style=format!("font-size: var(--{})", t.name)>
                                "Ship it with confidence"
                            </span>
                        </TokenRow>
                    }).collect_view()}
                </ul>
            </Section>
            <Section title="Radii and shadows" id="shape">
                <div class="token-shapes">
                    {tokens_with("radius-").chain(tokens_with("shadow-")).map(|t| {
                        let property = if t.name.starts_with("radius") { "border-radius" } else { "box-shadow" };
                        view! {
                            <figure class="token-shape">
                                <div class="token-shape__box" style=format!("{property}: var(--{})", t.name)></div>
                                <figcaption><code>{format!("--{}", t.name)}</code></figcaption>
                            </figure>
                        }
                    }).collect_view()}
                </div>
            </Section>
            <Section title="Motion" id="motion">
                <ul class="token-list">
                    {tokens_with("motion-").chain(tokens_with("ease-")).map(|t| view! {
                        <TokenRow token=*t />
                    }).collect_view()}
                </ul>
            </Section>
            </div>
        </div>
    }
}

/// One token as a list row: name, value, and an optional live sample.
#[component]
fn TokenRow(token: Token, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <li class="token-row">
            <code class="token-row__name">{format!("--{}", token.name)}</code>
            <span class="token-row__value">{token.light}</span>
            {children.map(|sample| sample())}
        </li>
    }
}

#[component]
fn Section(title: &'static str, id: &'static str, children: Children) -> impl IntoView {
    view! {
        <section class="design-section" aria-labelledby=format!("{id}-title")>
            <h2 class="design-section__title" id=format!("{id}-title")>{title}</h2>
            {children()}
        </section>
    }
}

#[component]
fn Swatch(token: Token) -> impl IntoView {
    view! {
        <figure class="token-swatch" data-token=token.name>
            <div class="token-swatch__color" style=format!("background: var(--{})", token.name)></div>
            <figcaption class="token-swatch__caption">
                <code>{format!("--{}", token.name)}</code>
                <span class="token-swatch__values">{format!("{} · {}", token.light, token.dark)}</span>
            </figcaption>
        </figure>
    }
}

#[component]
fn ContrastTable() -> impl IntoView {
    let rows = TEXT_PAIRS.iter().filter_map(|(fg, bg)| {
        let (fg, bg) = (token(fg)?, token(bg)?);
        let light = contrast(fg.light, bg.light)?;
        let dark = contrast(fg.dark, bg.dark)?;
        Some(view! {
            <tr>
                <td>
                    <span class="contrast-sample" style=format!("color: var(--{}); background: var(--{})", fg.name, bg.name)>"Aa"</span>
                    <code>{format!("--{}", fg.name)}</code>" on "<code>{format!("--{}", bg.name)}</code>
                </td>
                <RatioCell ratio=light />
                <RatioCell ratio=dark />
            </tr>
        })
    }).collect_view();
    view! {
        <table class="contrast-table">
            <thead>
                <tr><th scope="col">"Pair"</th><th scope="col">"Light"</th><th scope="col">"Dark"</th></tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn RatioCell(ratio: f64) -> impl IntoView {
    let pass = ratio >= AA_TEXT;
    view! {
        <td class="contrast-ratio" data-pass=pass.to_string()>
            {format!("{ratio:.2}:1 ")}
            <span class=if pass { "contrast-badge contrast-badge--pass" } else { "contrast-badge contrast-badge--fail" }>
                {if pass { "AA" } else { "fails AA" }}
            </span>
        </td>
    }
}
