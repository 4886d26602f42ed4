import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { formatInstantDate } from "../../core/answers/calendar.js";
import { capitalize } from "../../core/answers/labels.js";
import { formatNumber } from "../../core/numbers/format-number.js";
import type { CommuneReport } from "../../core/reports/commune-report.js";
import { CHART_FONT_FAMILY, CHART_FONT_FILES } from "./chart-fonts.js";

/** Wide enough to stay sharp on a phone held sideways or zoomed. */
const WIDTH = 1200;
const COLOURS = { met: "#2E7D32", unmet: "#C62828", noData: "#F9A825", max: "#CFD8DC", earned: "#1565C0" };
const TEXT = { fontFamily: CHART_FONT_FAMILY, fontSize: 22, color: "#212121" };

function statusSeries(report: CommuneReport, axis: number) {
  const bar = (name: string, colour: string, values: number[]) => ({
    name,
    type: "bar" as const,
    stack: "status",
    xAxisIndex: axis,
    yAxisIndex: axis,
    barWidth: 34,
    itemStyle: { color: colour },
    label: {
      show: true,
      formatter: ({ value }: { value: unknown }) => (Number(value) > 0 ? String(value) : ""),
      ...TEXT,
      color: "#FFFFFF",
      fontWeight: "bold" as const,
    },
    data: values,
  });
  const groups = report.sections.map((section) => section.group.tally);
  return [
    bar(
      "Đạt",
      COLOURS.met,
      groups.map((tally) => tally.met),
    ),
    bar(
      "Chưa đạt",
      COLOURS.unmet,
      groups.map((tally) => tally.unmet),
    ),
    bar(
      "Chưa có số liệu",
      COLOURS.noData,
      groups.map((tally) => tally.noData),
    ),
  ];
}

function pointsSeries(report: CommuneReport, axis: number) {
  const groups = report.sections.map((section) => section.group.tally);
  return [
    {
      name: "Điểm tối đa",
      type: "bar" as const,
      xAxisIndex: axis,
      yAxisIndex: axis,
      barWidth: 34,
      barGap: "-100%",
      itemStyle: { color: COLOURS.max },
      label: {
        show: true,
        position: "right" as const,
        ...TEXT,
        formatter: ({ dataIndex }: { dataIndex: number }) =>
          `${formatNumber(groups[dataIndex]?.pointsEarned ?? 0)}/${formatNumber(groups[dataIndex]?.pointsMax ?? 0)}`,
      },
      data: groups.map((tally) => tally.pointsMax),
    },
    {
      name: "Điểm đạt",
      type: "bar" as const,
      xAxisIndex: axis,
      yAxisIndex: axis,
      barWidth: 34,
      itemStyle: { color: COLOURS.earned },
      data: groups.map((tally) => tally.pointsEarned),
    },
  ];
}

/** "1. Chính quyền số" on the category axis, top to bottom in catalog order. */
function categories(report: CommuneReport): string[] {
  return report.sections.map((section) => `${section.group.code}. ${capitalize(section.group.name)}`);
}

/**
 * The progress chart as an ECharts option: per pillar, met / unmet / no data as horizontal
 * stacked bars; for a scored catalog a second panel with points earned against each
 * group's maximum. Text is large (22 px) so it reads on a phone.
 */
function chartOption(report: CommuneReport, timeZone: string, height: number) {
  const rowHeight = 62;
  const names = categories(report);
  const panel = names.length * rowHeight;
  const top = 150;
  const grids = [{ left: 360, right: 60, top, height: panel }];
  if (report.scored) grids.push({ left: 360, right: 150, top: top + panel + 110, height: panel });
  const total = report.total;
  const points = report.scored
    ? ` · ${formatNumber(total.pointsEarned)}/${formatNumber(report.catalogPointsMax)} điểm`
    : "";
  const axisText = { ...TEXT, fontSize: 20 };
  return {
    animation: false,
    backgroundColor: "#FFFFFF",
    textStyle: TEXT,
    title: [
      {
        text: `Tiến độ chuyển đổi số ${report.communeLabel}, ${report.periodLabel}`,
        left: "center",
        top: 16,
        textStyle: { ...TEXT, fontSize: 30, fontWeight: "bold" as const },
      },
      {
        text: `Số liệu đến ${formatInstantDate(report.asOf, timeZone)} · ${total.met}/${total.assessed} chỉ tiêu Đạt${points}`,
        left: "center",
        top: 60,
        textStyle: { ...TEXT, fontSize: 22, color: "#424242" },
      },
      ...(report.scored
        ? [
            {
              text: "Điểm theo nhóm (đạt / tối đa)",
              left: 360,
              top: top + panel + 60,
              textStyle: { ...TEXT, fontWeight: "bold" as const },
            },
          ]
        : []),
    ],
    legend: { top: 100, left: "center", itemWidth: 28, itemHeight: 18, textStyle: TEXT },
    grid: grids,
    xAxis: grids.map((_, index) => ({
      type: "value" as const,
      gridIndex: index,
      minInterval: 1,
      axisLabel: axisText,
    })),
    yAxis: grids.map((_, index) => ({
      type: "category" as const,
      gridIndex: index,
      inverse: true,
      data: names,
      axisLabel: { ...axisText, width: 330, overflow: "truncate" as const },
    })),
    series: [...statusSeries(report, 0), ...(report.scored ? pointsSeries(report, 1) : [])],
    height,
  };
}

/**
 * Draws the progress chart of a report as a PNG 1.200 px wide: ECharts lays it out as SVG on
 * the server, resvg rasterises it with the DejaVu Sans files shipped with the project and
 * never with system fonts, so diacritics and signs render the same everywhere.
 */
export function renderProgressChart(report: CommuneReport, timeZone: string): Uint8Array {
  const panel = report.sections.length * 62;
  const height = 150 + panel + 70 + (report.scored ? panel + 110 : 0);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    chart.setOption(chartOption(report, timeZone, height));
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      font: { fontFiles: [...CHART_FONT_FILES], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
      fitTo: { mode: "width", value: WIDTH },
      background: "#FFFFFF",
    });
    return new Uint8Array(resvg.render().asPng());
  } finally {
    chart.dispose();
  }
}
