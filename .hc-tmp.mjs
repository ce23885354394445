import readXlsxFile from 'read-excel-file/node';
const sheets = await readXlsxFile('/work/shared/codesets/hcpcs/2025/HCPC2025_OCT_ANWEB.xlsx');
const rows = sheets[0].data; const h = rows[0];
const re = new RegExp(process.argv[2], 'i');
for (const r of rows.slice(1)) { if (re.test(String(r[3]))) console.log(String(r[0]).trim(), '|', r[3], '| term:', r[h.indexOf('TERM DT')]); }
