import type { SidebarModel } from "../../src/core/bridge/contract";
import { generate, loadAddon } from "./addon";

const model = (emulator: ReturnType<typeof loadAddon>, request?: unknown) =>
  emulator.run("getSidebarModel", request === undefined ? [] : [request]) as SidebarModel;

describe("getSidebarModel", () => {
  test("lists the five stages then the four departments in the sheet's language", () => {
    const result = model(loadAddon({ language: "vi" }));
    expect(result.language).toBe("vi");
    expect(result.groups.map((group) => group.name)).toEqual([
      "Thu hút", "Tương tác", "Tạo giá trị", "Duy trì", "Ổn định tài chính",
      "Marketing", "Chăm sóc khách hàng", "Nhân sự", "Bán hàng",
    ]);
    expect(result.groups[0].keyQuestion).toBe("Làm thế nào để thu hút khách hàng tiềm năng tốt nhất?");
    expect(result.groups[0].tabName).toBe("KPI - Thu hút");
    expect(result.texts["sidebar.generate"]).toBe("Tạo tab KPI");
    expect(result.choices).toBeNull();
  });

  test("answers in the language asked for", () => {
    const result = model(loadAddon({ language: "vi" }), { language: "en" });
    expect(result.groups[5].name).toBe("Marketing");
    expect(result.groups[0].name).toBe("Attraction");
    expect(result.texts["sidebar.generate"]).toBe("Create KPI tab");
  });

  test("rejects a malformed request with a message", () => {
    expect(() => model(loadAddon({ language: "vi" }), { language: "fr" })).toThrow(/Yêu cầu không hợp lệ \(language/);
  });

  test("returns only plain JSON values", () => {
    const result = model(loadAddon({ language: "en" }));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("remembered choices", () => {
  test("come back after a generation, for this user", () => {
    const emulator = loadAddon({ language: "vi" });
    generate(emulator, {
      language: "en",
      groups: [{ kind: "department", key: "marketing" }],
      kpiIds: ["MKT-01", "MKT-02"],
      layout: "full",
      objective: "Grow 30%",
      owner: "Hà",
    });
    const result = model(emulator);
    expect(result.language).toBe("en");
    expect(result.choices).toMatchObject({
      language: "en",
      groups: [{ kind: "department", key: "marketing" }],
      layout: "full",
      objective: "Grow 30%",
      owner: "Hà",
    });
    expect(result.choices?.unticked).toEqual(["MKT-03", "MKT-04", "MKT-05", "MKT-06", "MKT-07", "MKT-08", "MKT-09", "MKT-10"]);
    expect(emulator.properties.user.has("kpi_bsc.sidebar_choices")).toBe(true);
    expect(emulator.properties.document.size).toBe(0);
  });

  test("switching language is remembered", () => {
    const emulator = loadAddon({ language: "vi" });
    generate(emulator, { groups: [{ kind: "stage", key: "attraction" }], layout: "basic" });
    model(emulator, { language: "en" });
    expect(model(emulator).language).toBe("en");
  });

  test("a damaged stored value is ignored", () => {
    const emulator = loadAddon({ language: "vi" });
    emulator.properties.user.set("kpi_bsc.sidebar_choices", '{"groups": "not a list"');
    expect(model(emulator).choices).toBeNull();
  });
});
