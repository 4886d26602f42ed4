const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s/iu;

/**
 * "xã Thúy Sơn" for a commune stored as "Thúy Sơn"; a name that already says what it is
 * ("Phường Thuận Hóa", "thị trấn Hà Trung") is kept as written.
 */
export function communeLabel(name: string): string {
  const trimmed = name.trim();
  return UNIT_PREFIX.test(trimmed) ? trimmed : `xã ${trimmed}`;
}

/** "năm 2024" for a yearly period; "kỳ 2024-Q3" for any other reporting period. */
export function periodLabel(period: string): string {
  return /^\d{4}$/.test(period.trim()) ? `năm ${period.trim()}` : `kỳ ${period.trim()}`;
}
