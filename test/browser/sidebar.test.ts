import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { loadAddon } from "../../scripts/demo/load-addon";
import { CHROMIUM, launchChromium, openSidebar } from "./harness";

// Browser tests need Debian's Chromium, which .ci/run installs; elsewhere they skip visibly.
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping sidebar browser tests: no Chromium at ${CHROMIUM} (install the Debian package "chromium").`);
const describeWithChromium = hasChromium ? describe : describe.skip;

const SCREENSHOTS = path.resolve(__dirname, "../../test-output");
jest.setTimeout(60_000);

describeWithChromium("the sidebar in headless Chromium", () => {
  let session: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    session = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each([
    ["vi", "Marketing", "Tạo tab KPI", "KPI - Marketing", "Mở KPI - Marketing"],
    ["en", "Attraction", "Create KPI tab", "KPI - Attraction", "Open KPI - Attraction"],
  ] as const)("in %s lists the catalog and creates the picked tab", async (language, group, button, tab, link) => {
    const emulator = loadAddon({ language });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");

    await page.getByLabel(group, { exact: true }).check();
    await page.getByRole("button", { name: button }).click();
    await page.getByRole("link", { name: link }).waitFor();

    expect(emulator.spreadsheet.getSheetByName(tab)).not.toBeNull();
    await page.screenshot({ path: path.join(SCREENSHOTS, `sidebar-${language}.png`), fullPage: true });
    await page.close();
  });

  test("shows the name a new tab will really get", async () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.spreadsheet.insertSheet("kpi - marketing");
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.getByLabel("Marketing", { exact: true }).check();
    expect(await page.locator("#preview").innerText()).toBe("Tab mới: KPI - Marketing (2)");
    await page.getByRole("button", { name: "Tạo tab KPI" }).click();
    await page.getByRole("link", { name: "Mở KPI - Marketing (2)" }).waitFor();
    expect(await page.locator("#preview").innerText()).toBe("Tab mới: KPI - Marketing (3)");
    await page.close();
  });

  test("starts from the user's last choices", async () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.run("generateKpiTabs", [
      { groups: [{ kind: "department", key: "hr" }], kpiIds: ["HR-01", "HR-02"], layout: "full", objective: "Đội ngũ vững mạnh" },
    ]);
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    expect(await page.getByLabel("Nhân sự", { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('input[value="HR-01"]').isChecked()).toBe(true);
    expect(await page.locator('input[value="HR-03"]').isChecked()).toBe(false);
    expect(await page.locator('input[name="layout"][value="full"]').isChecked()).toBe(true);
    expect(await page.locator("#objective").inputValue()).toBe("Đội ngũ vững mạnh");
    await page.close();
  });

  test("works by keyboard alone", async () => {
    const emulator = loadAddon({ language: "vi" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    const focusedLabel = () => page.evaluate(() => document.activeElement?.closest("label")?.textContent?.trim() ?? document.activeElement?.textContent?.trim());

    for (let presses = 0; presses < 20 && (await focusedLabel()) !== "Duy trì"; presses++) await page.keyboard.press("Tab");
    expect(await focusedLabel()).toBe("Duy trì");
    await page.keyboard.press("Space");
    for (let presses = 0; presses < 40 && (await focusedLabel()) !== "Tạo tab KPI"; presses++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("link", { name: "Mở KPI - Duy trì" }).waitFor();
    expect(emulator.spreadsheet.getSheetByName("KPI - Duy trì")).not.toBeNull();
    await page.close();
  });

  test("labels every control and fits 300 px", async () => {
    const emulator = loadAddon({ language: "vi" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.getByLabel("Marketing", { exact: true }).check();
    emulator.spreadsheet.insertSheet("Ghi chép").getRange("A1:B2").setValues([["Mục", "Số"], ["A", "1"]]);
    await page.getByRole("button", { name: "Xem các bảng chưa đọc được" }).click();
    await page.getByRole("button", { name: "Chọn cột cho Ghi chép" }).click();
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll("input, select, textarea, button"))
        .filter(
          (control) =>
            !control.closest("label") &&
            !(control.id && document.querySelector(`label[for="${control.id}"]`)) &&
            !control.getAttribute("aria-label") &&
            !(control.textContent ?? "").trim(),
        )
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  test("tracks quarters of a chosen year and moves the reporting period later", async () => {
    const emulator = loadAddon({ language: "vi" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.getByLabel("Bán hàng", { exact: true }).check();
    expect(await page.locator("#periods").isHidden()).toBe(true);
    await page.getByLabel("Đầy đủ (cả 12 bước)").check();
    await page.locator("#period-year").fill("2027");
    await page.locator("#period-year").dispatchEvent("change");
    await page.locator("#period-kind").selectOption({ label: "Quý" });
    await page.locator("#period-reporting").selectOption({ label: "Q2/2027" });
    await page.getByRole("button", { name: "Tạo tab KPI" }).click();
    await page.getByRole("link", { name: "Mở KPI - Bán hàng" }).waitFor();

    const tab = emulator.spreadsheet.getSheetByName("KPI - Bán hàng");
    expect(tab?.getRange(6, 27, 1, 4).getValues()[0]).toEqual(["Q1/2027", "Q2/2027", "Q3/2027", "Q4/2027"]);
    expect(tab?.getRange("B5").getValue()).toBe("Q2/2027");

    await page.locator("#move-year").fill("2027");
    await page.locator("#move-year").dispatchEvent("change");
    await page.locator("#move-kind").selectOption({ label: "Quý" });
    await page.locator("#move-reporting").selectOption({ label: "Q3/2027" });
    await page.getByRole("button", { name: "Cập nhật các tab KPI" }).click();
    await page.getByText("Đã chuyển kỳ báo cáo sang Q3/2027 ở: KPI - Bán hàng.").waitFor();
    expect(tab?.getRange("B5").getValue()).toBe("Q3/2027");
    await page.close();
  });

  test("switches language without reloading", async () => {
    const emulator = loadAddon({ language: "vi" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.selectOption("#language", "en");
    await page.getByRole("button", { name: "Create KPI tab" }).waitFor();
    expect(await page.locator("#stages-legend").innerText()).toBe("Growth stages");
    await page.close();
  });

  test("refuses to create a tab with no KPI ticked", async () => {
    const emulator = loadAddon({ language: "vi" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.getByLabel("Marketing", { exact: true }).check();
    for (const box of await page.locator("#kpi-lists input[type=checkbox]").all()) await box.uncheck();
    await page.getByRole("button", { name: "Tạo tab KPI" }).click();
    expect(await page.locator("#status").innerText()).toBe("Chưa chọn KPI nào. Hãy đánh dấu ít nhất một KPI để tạo tab.");
    expect(emulator.spreadsheet.getSheets()).toHaveLength(1);
    await page.close();
  });

  test("shows a server failure inside the sidebar", async () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.failOn("Spreadsheet.insertSheet", { afterCalls: 0, message: "Service Spreadsheets failed" });
    const page = await openSidebar(session.browser, emulator);
    await page.waitForSelector("#form:not([hidden])");
    await page.getByLabel("Nhân sự", { exact: true }).check();
    await page.getByRole("button", { name: "Tạo tab KPI" }).click();
    await page.locator("#status.error").waitFor();
    expect(await page.locator("#status").innerText()).toMatch(/^Đã xảy ra lỗi: (Exception: )?Service Spreadsheets failed$/);
    expect(await page.getByRole("button", { name: "Tạo tab KPI" }).isEnabled()).toBe(true);
    await page.close();
  });
});
