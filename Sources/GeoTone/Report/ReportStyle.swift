/// The report's style sheet: a light theme for screens and a print sheet. System fonts only.
enum ReportStyle {
    static let css = """
    :root{--ink:#1f2328;--muted:#5f6670;--rule:#d8dce0;--panel:#f6f7f8;--accent:#2c728e}
    *{box-sizing:border-box}
    body{margin:0;background:#fff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
    header,main,footer{max-width:1040px;margin:0 auto;padding:0 20px}
    header{padding-top:28px;border-bottom:3px solid var(--ink)}
    h1{font-size:28px;margin:0 0 4px;letter-spacing:-.01em}
    h2{font-size:21px;margin:36px 0 2px;border-top:1px solid var(--rule);padding-top:18px}
    h3{font-size:16px;margin:22px 0 4px}
    .lede{font-size:17px;color:var(--muted);margin:0 0 16px}
    .guide{color:var(--muted);margin:2px 0 10px;font-size:14px}
    .verdict{font-weight:600}
    .muted{color:var(--muted)}
    figure{margin:8px 0}
    svg.chart{display:block;width:100%;height:auto;max-width:100%}
    svg text{font-family:inherit;fill:var(--ink)}
    svg .label{font-size:12.5px}
    svg .value{font-size:11.5px;fill:#333}
    svg .value.muted{fill:var(--muted);font-style:italic}
    svg .tick{font-size:11px;fill:var(--muted)}
    svg .axis-label,svg .legend-caption{font-size:12px;fill:var(--muted);font-weight:600}
    svg .panel-title{font-size:13px;font-weight:600}
    svg .land path{stroke:#fff;stroke-width:.5;stroke-linejoin:round}
    svg .swatch{stroke:#bbb;stroke-width:.5}
    svg .grid{stroke:#e6e8ea;stroke-width:1}
    svg .zero{stroke:#8a9099;stroke-width:1}
    svg .axis{stroke:#8a9099;stroke-width:1}
    svg .zero-dash{stroke:#8a9099;stroke-width:.8;stroke-dasharray:3 3}
    svg .cell{stroke:#fff;stroke-width:1}
    svg .diag{stroke:#eee;stroke-width:1}
    svg .edge{fill:none;stroke-opacity:.75;stroke-linecap:round}
    svg .node{fill:#3b528b;stroke:#fff;stroke-width:1.5}
    svg .sent-line{fill:none;stroke:#1f2328;stroke-width:1.8}
    svg .sent-dot{fill:#1f2328}
    .figures{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:22px auto 0}
    .figure{background:var(--panel);border-left:4px solid var(--accent);padding:10px 14px}
    .fig-label{font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
    .fig-value{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums}
    .fig-value.small{font-size:18px;line-height:1.3;padding:2px 0}
    .fig-note{font-size:13px;color:var(--muted)}
    details{margin:6px 0 14px}
    summary{cursor:pointer;color:var(--accent);font-size:14px}
    table{border-collapse:collapse;font-size:13px;margin:8px 0;font-variant-numeric:tabular-nums}
    th,td{padding:3px 10px;border-bottom:1px solid var(--rule);text-align:left;vertical-align:top}
    th{font-weight:600;background:var(--panel)}
    .num{text-align:right}
    caption{text-align:left;font-weight:600;padding:4px 0}
    footer{color:var(--muted);font-size:13px;margin-top:40px;padding-bottom:30px;border-top:1px solid var(--rule);padding-top:12px}
    @media (max-width:720px){.figures{grid-template-columns:repeat(2,1fr)}}
    @media print{
      body{font-size:10.5pt}
      header,main,footer{max-width:none;padding:0}
      h2{break-after:avoid;margin-top:18pt}
      section,figure,.figure{break-inside:avoid}
      .figures{grid-template-columns:repeat(3,1fr)}
      .figure{border:1px solid #999;border-left:4px solid #555}
      summary{color:var(--ink)}
      a{color:inherit;text-decoration:none}
      @page{margin:14mm}
    }
    """
}
