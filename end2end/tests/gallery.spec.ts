// The component gallery: every page renders live demos, props tables and accessibility notes
// in both themes without console errors and without serious or critical axe-core violations;
// Dialog, Tabs and Menu work with the keyboard.
import { test, expect, Page } from "@playwright/test";
import * as path from "path";
import { hydrated, snap, watchConsole } from "./helpers";

const axePath = path.join(__dirname, "..", "node_modules", "axe-core", "axe.min.js");

/** Runs axe-core in the page; answers the serious and critical violations, readably. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
      .map((v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}

async function gallerySlugs(page: Page): Promise<string[]> {
  await page.goto("/design");
  const hrefs = await page.locator("a.gallery-card").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace("/design/", ""));
}

test("the overview lists every component page, grouped", async ({ page }) => {
  const slugs = await gallerySlugs(page);
  expect(slugs.length).toBeGreaterThanOrEqual(18);
  for (const group of ["Actions", "Inputs", "Navigation", "Data display", "Feedback", "Layout"]) {
    await expect(page.getByRole("heading", { level: 2, name: group })).toBeVisible();
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`every gallery page in the ${theme} theme: demos, props, notes, no errors, axe clean`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "portico-theme", value: theme, url: baseURL! }]);
    const slugs = await gallerySlugs(page);
    const errors = watchConsole(page);
    const problems: string[] = [];
    for (const slug of [...slugs, "tokens"]) {
      await page.goto(`/design/${slug}`);
      await hydrated(page);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      if (slug !== "tokens") {
        await expect(page.getByTestId("gallery-page")).toBeVisible();
        expect(await page.locator(".gallery-demo").count(), slug).toBeGreaterThan(0);
        expect(await page.locator("[data-testid^='props-']").count(), slug).toBeGreaterThan(0);
        await expect(page.getByTestId("a11y-notes")).not.toBeEmpty();
        await expect(page.locator(".info-card__body > .code-snippet").first()).toContainText("view!");
      }
      await snap(page, `gallery-${slug}-${theme}`);
      for (const violation of await axeViolations(page)) problems.push(`${slug}: ${violation}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("Dialog traps focus, closes on Escape and gives focus back", async ({ page }) => {
  await page.goto("/design/dialog");
  await hydrated(page);
  const opener = page.getByRole("button", { name: "Unregister…" });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Unregister location" });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test("Tabs move with the arrow keys and keep the tab in the URL", async ({ page }) => {
  await page.goto("/design/tabs");
  await hydrated(page);
  await page.getByRole("tab", { name: "Overview" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "APIs" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Docs" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Overview" })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=docs/);
  await expect(page.getByRole("tab", { name: "Docs" })).toHaveAttribute("aria-selected", "true");
  await page.reload();
  await expect(page.getByRole("tab", { name: "Docs" })).toHaveAttribute("aria-selected", "true");
});

test("Menu opens, moves and closes with the keyboard", async ({ page }) => {
  await page.goto("/design/menu");
  await hydrated(page);
  const button = page.getByRole("button", { name: "More actions" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Refresh" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Open the catalog" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Chosen: Refresh")).toBeVisible();
  await button.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Refresh" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.getByRole("menuitem", { name: "Unregister" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toBeHidden();
  await expect(button).toBeFocused();
});

test("MarkdownContent shows server-rendered markdown without anything unsafe; snippets are highlighted", async ({ page }) => {
  await page.goto("/design/markdown_content");
  await hydrated(page);
  const markdown = page.locator(".gallery-demo .markdown");
  await expect(markdown.locator("table th", { hasText: "Alert" })).toBeVisible();
  await expect(markdown.locator("input[type=checkbox][checked]")).toHaveCount(1);
  await expect(markdown.locator("pre .hl-entity").first()).toBeVisible();
  await expect(markdown.locator("script")).toHaveCount(0);
  await expect(markdown.locator('a[href^="javascript"]')).toHaveCount(0);
  // The demo's own Rust snippet is highlighted too.
  await expect(page.locator(".info-card__body > .code-snippet .hl-source").first()).toBeVisible();

  await page.goto("/design/code_snippet");
  await hydrated(page);
  await expect(page.locator(".gallery-demo .code-snippet .hl-entity").first()).toBeVisible();
});
