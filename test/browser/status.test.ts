import { existsSync } from "node:fs";
import { loadAddon } from "../../scripts/demo/load-addon";
import { CHROMIUM, launchChromium, openSidebar } from "./harness";

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping sidebar status browser tests: no Chromium at ${CHROMIUM} (install the Debian package "chromium").`);
const describeWithChromium = hasChromium ? describe : describe.skip;
jest.setTimeout(60_000);

interface HeldCall {
  /** Settles once the sidebar has sent the call, so whatever it shows meanwhile is on the page. */
  reached: Promise<void>;
  release: () => void;
}

/** Holds the next call of chosen endpoints until the test releases it. */
function createCallGate() {
  const holds = new Map<string, { signalReached: () => void; released: Promise<void> }>();
  return {
    hold(endpoint: string): HeldCall {
      let signalReached = () => {};
      let release = () => {};
      const reached = new Promise<void>((resolve) => (signalReached = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.set(endpoint, { signalReached, released });
      return { reached, release };
    },
    async beforeCall(endpoint: string): Promise<void> {
      const hold = holds.get(endpoint);
      if (!hold) return;
      holds.delete(endpoint);
      hold.signalReached();
      await hold.released;
    },
  };
}

describeWithChromium("sidebar status texts", () => {
  let session: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });

  test("first load failure shows both languages", async () => {
    const emulator = loadAddon({ language: "en" });
    emulator.failOn("Spreadsheet.getSheets", { afterCalls: 0, message: "Service Spreadsheets timed out" });
    const page = await openSidebar(session.browser, emulator);
    const failure = page.locator("#load-failed");
    await failure.waitFor();

    const [vietnamese, english, error] = await failure.locator("p").allInnerTexts();
    expect(vietnamese).toBe('Không tải được thanh bên. Hãy thử lại, hoặc đóng thanh bên rồi mở lại bằng lệnh "Tạo tab KPI…" trong menu Tiện ích mở rộng.');
    expect(english).toBe('The sidebar could not load. Try again, or close the sidebar and open it again with "Create KPI tabs…" in the Extensions menu.');
    expect(error).toMatch(/^(Exception: )?Service Spreadsheets timed out$/);
    expect(await failure.locator('p[lang="vi"]').innerText()).toBe(vietnamese);
    expect(await failure.locator('p[lang="en"]').innerText()).toBe(english);
    expect(await page.locator("#status").innerText()).toBe("");
    expect(await page.locator("#form").isHidden()).toBe(true);
    expect(await page.locator("#language-label").innerText()).toBe("Ngôn ngữ / Language");

    await page.getByRole("button", { name: "Thử lại / Try again" }).click();
    await page.waitForSelector("#form:not([hidden])");
    expect(await failure.isHidden()).toBe(true);
    expect(await page.locator("#stages-legend").innerText()).toBe("Growth stages");
    await page.close();
  });

  test("first load shows loading in both languages", async () => {
    const emulator = loadAddon({ language: "vi" });
    const gate = createCallGate();
    const load = gate.hold("getSidebarModel");
    const page = await openSidebar(session.browser, emulator, { beforeCall: (endpoint) => gate.beforeCall(endpoint) });
    await load.reached;

    expect(await page.locator("#status").innerText()).toBe("Đang tải… / Loading…");
    expect(await page.locator("#language-label").innerText()).toBe("Ngôn ngữ / Language");
    load.release();
    await page.waitForSelector("#form:not([hidden])");
    expect(await page.locator("#status").innerText()).toBe("");
    expect(await page.locator("#language-label").innerText()).toBe("Ngôn ngữ");
    await page.close();
  });

  test("each action shows its own status", async () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.spreadsheet.insertSheet("Ghi chép").getRange("A1:C3").setValues([
      ["Hạng mục", "Số liệu", "Chỉ tiêu"],
      ["Doanh số", 90, 100],
      ["Khách mới", 12, 10],
    ]);
    const gate = createCallGate();
    const page = await openSidebar(session.browser, emulator, { beforeCall: (endpoint) => gate.beforeCall(endpoint) });
    await page.waitForSelector("#form:not([hidden])");

    const create = gate.hold("generateKpiTabs");
    await page.getByLabel("Bán hàng", { exact: true }).check();
    await page.getByLabel("Đầy đủ (cả 12 bước)").check();
    await page.getByRole("button", { name: "Tạo tab KPI" }).click();
    await create.reached;
    expect(await page.locator("#status").innerText()).toBe("Đang tạo tab…");
    create.release();
    await page.getByRole("link", { name: "Mở KPI - Bán hàng" }).waitFor();
    expect(await page.locator("#status").innerText()).toBe("");

    const update = gate.hold("setReportingPeriod");
    await page.getByRole("button", { name: "Cập nhật các tab KPI" }).click();
    await update.reached;
    expect(await page.locator("#move-status").innerText()).toBe("Đang cập nhật…");
    update.release();
    await page.getByText(/^Đã chuyển kỳ báo cáo sang .+ ở: KPI - Bán hàng\.$/).waitFor();

    const list = gate.hold("getSkippedTables");
    await page.getByRole("button", { name: "Xem các bảng chưa đọc được" }).click();
    await list.reached;
    expect(await page.locator("#mapping-status").innerText()).toBe("Đang tải…");
    list.release();
    await page.getByRole("button", { name: "Chọn cột cho Ghi chép" }).click();

    await page.getByLabel("Tên KPI").selectOption({ label: "Cột A: Hạng mục" });
    await page.getByLabel("Thực tế").selectOption({ label: "Cột B: Số liệu" });
    await page.getByLabel("Mục tiêu", { exact: true }).selectOption({ label: "Cột C: Chỉ tiêu" });
    const save = gate.hold("saveColumnMapping");
    await page.getByRole("button", { name: "Lưu các cột đã chọn" }).click();
    await save.reached;
    expect(await page.locator("#mapping-status").innerText()).toBe("Đang lưu…");
    save.release();
    await page.getByText("Đã lưu. Lần lập thẻ điểm tới sẽ đọc 2 KPI từ tab Ghi chép.").waitFor();
    await page.close();
  });
});
