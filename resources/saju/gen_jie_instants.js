// SPDX-License-Identifier: GPL-3.0-or-later
// Writes jie-instants-1900-2100.tsv: the 12 jie (節) of each year 1900-2100 as fractional UTC
// seconds from lunar-javascript 1.7.7 (sxwnl), the same source as tests/data/solar-terms-1900-2100.tsv,
// whose `utc` column is these instants ROUNDED to the second. The fraction decides births in the
// term's own second (edge-cases.tsv "same minute" rows), so app/saju/data/gen_saju_tables.py reads it.
//   cd /tmp && npm install lunar-javascript@1.7.7 && NODE_PATH=/tmp/node_modules node gen_jie_instants.js
const { LunarYear } = require('lunar-javascript');
const fs = require('fs');
const path = require('path');

const JIE = ['小寒', '立春', '驚蟄', '淸明', '立夏', '芒種', '小暑', '立秋', '白露', '寒露', '立冬', '大雪'];
// lunar-javascript spells 淸明 with 清 (U+6E05) and may use simplified forms; map them.
const ALIAS = { '小寒': '小寒', '立春': '立春', '惊蛰': '驚蟄', '驚蟄': '驚蟄', '清明': '淸明', '立夏': '立夏',
    '芒种': '芒種', '芒種': '芒種', '小暑': '小暑', '立秋': '立秋', '白露': '白露', '寒露': '寒露', '立冬': '立冬',
    '大雪': '大雪' };
const found = new Map(); // key "year/name" -> seconds
for (let ly = 1899; ly <= 2101; ly++) {
    const y = LunarYear.fromYear(ly);
    const jds = y.getJieQiJulianDays();
    // JIE_QI_IN_USE order as in lunar.js
    const names = require('lunar-javascript').LunarUtil.JIE_QI_IN_USE;
    for (let i = 0; i < jds.length; i++) {
        const name = ALIAS[names[i]];
        if (!name) continue;
        // Beijing-time JD → UTC seconds: fixed −8 h (RULES.md §2.3).
        const secs = (jds[i] - 2440587.5) * 86400 - 8 * 3600;
        const year = new Date(Math.round(secs) * 1000).getUTCFullYear();
        if (year < 1900 || year > 2100) continue;
        found.set(year + '/' + name, secs);
    }
}
const lines = ['# jie-instants-1900-2100.tsv: lunar-javascript 1.7.7 jie instants, UTC seconds since 1970 with fraction '
    + '(Beijing JD - 8 h); made by gen_jie_instants.js', 'year\tidx\tname\tutc_seconds'];
for (let year = 1900; year <= 2100; year++) {
    JIE.forEach((name, idx) => {
        const s = found.get(year + '/' + name);
        if (s === undefined) throw new Error('missing ' + year + ' ' + name);
        lines.push([year, idx, name, s.toFixed(4)].join('\t'));
    });
}
fs.writeFileSync(path.join(__dirname, 'jie-instants-1900-2100.tsv'), lines.join('\n') + '\n');
console.log('wrote', lines.length - 2, 'jie');
