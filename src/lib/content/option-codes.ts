/** A code found in an answer option written as codes only. */
export interface OptionCode {
  system: 'icd10cm' | 'cpt' | 'hcpcs';
  code: string;
  modifiers: string[];
}

const TOKEN = /^(?:([A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4})|([A-Z]\d[0-9A-Z])|(\d{4}[0-9FTU])|([A-V]\d{4}))((?:-[0-9A-Z]{2})*)(?:\s*[x×]\s*\d{1,3})?$/;

/**
 * Reads an option written as codes only ("E11.621, L97.411", "99214-25, 20610-RT", "J1100 x4").
 * Returns undefined when the option is prose, so only code answers are checked against the code sets.
 */
export function codesInOption(option: string): OptionCode[] | undefined {
  const parts = option.split(/\s*[,;]\s*|\s+(?:and|\+)\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const codes: OptionCode[] = [];
  for (const part of parts) {
    const match = TOKEN.exec(part);
    if (!match) return undefined;
    const modifiers = (match[5] ?? '').split('-').filter(Boolean);
    if (match[1] || match[2]) codes.push({ system: 'icd10cm', code: (match[1] ?? match[2])!, modifiers });
    else if (match[3]) codes.push({ system: 'cpt', code: match[3], modifiers });
    else codes.push({ system: 'hcpcs', code: match[4]!, modifiers });
  }
  return codes;
}
