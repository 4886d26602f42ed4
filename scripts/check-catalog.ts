// Validates catalog or commune-plan data files and prints a one-line summary of each.
//   npx tsx scripts/check-catalog.ts src/catalogs/thanh-hoa-2023.yaml [src/catalogs/plans/x.yaml ...]
import { loadCatalogFile, loadCommunePlanFile } from "../src/adapters/catalogs/load-catalog-file.js";

for (const file of process.argv.slice(2)) {
  const isPlan = file.includes("/plans/");
  const result = isPlan ? await loadCommunePlanFile(file) : await loadCatalogFile(file);
  if (!result.ok) {
    console.error(`${file}:\n  ${result.errors.join("\n  ")}`);
    process.exitCode = 1;
  } else if ("indicators" in result.value) {
    const c = result.value;
    const points = c.indicators.reduce((sum, i) => sum + (i.points?.max ?? 0), 0);
    const perGroup = c.groups.map((g) => {
      const items = c.indicators.filter((i) => i.group === g.code);
      return `${g.code}:${items.length}/${items.reduce((s, i) => s + (i.points?.max ?? 0), 0)}đ`;
    });
    console.log(`${file}: ${c.id} — ${c.indicators.length} chỉ tiêu, ${points} điểm; ${perGroup.join(" ")}`);
  } else {
    console.log(
      `${file}: kế hoạch ${result.value.commune} ${result.value.year} — ${Object.keys(result.value.targets).length} chỉ tiêu riêng`,
    );
  }
}
