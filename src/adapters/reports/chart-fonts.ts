import { projectPath } from "../files/project-root.js";

/**
 * The font every chart is drawn with. DejaVu Sans covers Vietnamese and signs such as ≥ and
 * ≤ (Noto Sans lacks those two), and it ships inside the project (`fonts/`, with its
 * licence), so a chart looks the same on any server whatever fonts it has installed.
 */
export const CHART_FONT_FAMILY = "DejaVu Sans";

/** The regular and bold DejaVu Sans files shipped with the project. */
export const CHART_FONT_FILES: readonly string[] = [
  projectPath("src", "adapters", "reports", "fonts", "DejaVuSans.ttf"),
  projectPath("src", "adapters", "reports", "fonts", "DejaVuSans-Bold.ttf"),
];
