import { existsSync } from "node:fs";
import { loadAddon } from "../../scripts/demo/load-addon";
import { CHROMIUM, launchChromium, openSidebar } from "./harness";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping column mapping browser tests: no Chromium at ${CHROMIUM} (install the Debian package "chromium").`);
const describeWithChromium = hasChromium ? describe : describe.skip;
jest.setTimeout(60_000);

describeWithChromium("mapping columns in the sidebar", () => {
  let session: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  test("maps a skipped weekly report so the next build reads it", async () => {
    const emulator = loadAddon({ language: "vi" });
    const tab = emulator.spreadsheet.insertSheet("Báo cáo tuần");
    tab.getRange("A1:D3").setValues([
      ["Hạng mục", "Ngày", "Số liệu", "Chỉ tiêu"],
      ["Doanh số", "15/07/2026", 90, 100],
      ["Khách mới", "15/07/2026", 12, 10],
    ]);
    const page = await openSidebar(session.browser, emulator);
    await page.getByRole("button", { name: "Xem các bảng chưa đọc được" }).click();
    await page.getByRole("button", { name: "Chọn cột cho Báo cáo tuần" }).click();

    expect(await page.locator(".preview-table tr").nth(1).locator("td").allInnerTexts()).toEqual(["Doanh số", "15/07/2026", "90", "100"]);
    await page.getByLabel("Tên KPI").selectOption({ label: "Cột A: Hạng mục" });
    await page.getByLabel("Thực tế").selectOption({ label: "Cột C: Số liệu" });
    await page.getByLabel("Mục tiêu", { exact: true }).selectOption({ label: "Cột D: Chỉ tiêu" });
    await page.getByLabel("Khía cạnh cho mọi KPI trong tab này").selectOption({ label: "Khách hàng" });
    await page.getByRole("button", { name: "Lưu các cột đã chọn" }).click();
    await page.getByText("Đã lưu. Lần lập thẻ điểm tới sẽ đọc 2 KPI từ tab Báo cáo tuần.").waitFor();

    const result = emulator.run("getScorecardResult", []) as { kpis: { name: string; group: string; score: number }[] };
    expect(result.kpis.map((kpi) => [kpi.name, kpi.group, kpi.score])).toEqual([
      ["Doanh số", "customer", 0.9],
      ["Khách mới", "customer", 1],
    ]);
    await page.close();
  });

  test("shows markup typed in cells as text, creating no element", async () => {
    const emulator = loadAddon({ language: "vi" });
    const name = "<b>KPI</b>";
    const headers = ['Doanh thu <Q1> & "KM"', "<img src=x onerror=alert(1)>"];
    emulator.spreadsheet.insertSheet(name).getRange("A1:B2").setValues([headers, ["1", "2"]]);
    const page = await openSidebar(session.browser, emulator);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Xem các bảng chưa đọc được" }).click();
    await page.locator(".table-card h3").waitFor();

    expect(await page.locator(".table-card h3").textContent()).toBe(name);
    await page.getByRole("button", { name: `Chọn cột cho ${name}` }).click();
    expect(await page.locator(".preview-table td").first().textContent()).toBe(headers[0]);
    expect(await page.locator(".preview-table td").nth(1).textContent()).toBe(headers[1]);
    expect(await page.locator("main img, main b").count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });

  test("shows a server failure in the user's language", async () => {
    const emulator = loadAddon({ language: "en" });
    emulator.spreadsheet.insertSheet("Notes").getRange("A1:B2").setValues([["Item", "Value"], ["A", "1"]]);
    const page = await openSidebar(session.browser, emulator);
    await page.getByRole("button", { name: "Show tables the scorecard cannot read" }).click();
    await page.getByRole("button", { name: "Choose columns for Notes" }).click();
    await page.getByRole("button", { name: "Save the chosen columns" }).click();
    await page.locator("#mapping-status.error").waitFor();
    expect(await page.locator("#mapping-status").innerText()).toMatch(/^Something went wrong: .*Pick the columns that hold the KPI name, the actual and the target/);
    await page.close();
  });
});
