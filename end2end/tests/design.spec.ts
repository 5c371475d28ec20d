// The design-system gallery: the tokens page renders from the real stylesheet in both themes,
// every text colour pair passes WCAG AA, and the gallery's own theme switch works.
import { test, expect } from "@playwright/test";
import { hydrated, snap, watchConsole } from "./helpers";

for (const theme of ["light", "dark"] as const) {
  test(`tokens page in the ${theme} theme`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "portico-theme", value: theme, url: baseURL! }]);
    const errors = watchConsole(page);
    await page.goto("/design/tokens");
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1, name: "Design tokens" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    // Swatches come from style/_tokens.scss, and paint with the live variable.
    const primary = page.locator('[data-token="color-primary"] .token-swatch__color');
    await expect(primary).toBeVisible();
    const painted = await primary.evaluate((el) => getComputedStyle(el).backgroundColor);
    const expected = await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.style.color = getComputedStyle(document.documentElement).getPropertyValue("--color-primary").trim();
      document.body.appendChild(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    });
    expect(painted).toBe(expected);
    expect(await page.locator(".token-swatch").count()).toBeGreaterThan(15);
    await expect(page.locator(".token-row__name", { hasText: "--space-4" })).toBeVisible();
    await expect(page.locator(".token-row__name", { hasText: "--text-2xl" })).toBeVisible();
    // Every contrast pair passes AA in both themes.
    await expect(page.locator('.contrast-ratio[data-pass="false"]')).toHaveCount(0);
    expect(await page.locator('.contrast-ratio[data-pass="true"]').count()).toBeGreaterThan(10);
    await snap(page, `design-tokens-${theme}`);
    expect(errors).toEqual([]);
  });
}

test("the gallery's theme switch changes the page's theme", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "portico-theme", value: "light", url: baseURL! }]);
  await page.goto("/design");
  await hydrated(page);
  await page.locator(".link-card", { hasText: "Tokens" }).click();
  await expect(page).toHaveURL(/\/design\/tokens$/);
  await page.locator(".page-header").getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});
