// Astro-side shaping of exams and the question bank.
import { getCollection } from 'astro:content';
import { marked } from 'marked';
import { splitBank, type PublicCase, type PublicQuestion, type QuestionKey } from '../lib/exam/index.ts';
import type { BankItem } from '../lib/schemas/question.ts';

export async function getExams() {
  const order = ['CPC', 'CCA', 'CPB'];
  return (await getCollection('exams')).sort((a, b) => order.indexOf(a.data.style) - order.indexOf(b.data.style) || a.id.localeCompare(b.id));
}

export const domainLabels: Record<string, string> = {
  'surgery-10000': 'Surgery 10000 (integumentary)',
  'surgery-20000': 'Surgery 20000 (musculoskeletal)',
  'surgery-30000': 'Surgery 30000 (respiratory, cardiovascular)',
  'surgery-40000': 'Surgery 40000 (digestive)',
  'surgery-50000': 'Surgery 50000 (urinary, genital, maternity)',
  'surgery-60000': 'Surgery 60000 (endocrine, nervous, eye, ear)',
  'evaluation-management': 'Evaluation and management',
  anesthesia: 'Anesthesia',
  radiology: 'Radiology',
  'pathology-laboratory': 'Pathology and laboratory',
  medicine: 'Medicine',
  'medical-terminology': 'Medical terminology',
  anatomy: 'Anatomy',
  'icd-10-cm': 'ICD-10-CM',
  hcpcs: 'HCPCS Level II',
  'coding-guidelines': 'Coding guidelines',
  'compliance-regulatory': 'Compliance and regulatory',
  'cca-clinical-classification': 'Clinical classification systems',
  'cca-health-records-data': 'Health records and data content',
  'cca-reimbursement': 'Reimbursement methodologies',
  'cca-compliance': 'Compliance',
  'cca-information-technology': 'Information technology',
  'cca-confidentiality-privacy': 'Confidentiality and privacy',
  'cpb-payers': 'Payers and insurance types',
  'cpb-claims': 'Claims and claim forms',
  'cpb-payment-collections': 'Payments, posting and collections',
  'cpb-denials-appeals': 'Denials and appeals',
  'cpb-compliance': 'Compliance and regulations',
  'cpb-coding': 'Coding for billers',
};

/** Lessons that teach each domain, for the report's "study next" links. */
export const domainLessons: Record<string, string[]> = {
  'surgery-10000': ['cpt/surgery-by-system'],
  'surgery-20000': ['cpt/surgery-by-system', 'cpt/global-surgical-package'],
  'surgery-30000': ['cpt/surgery-by-system'],
  'surgery-40000': ['cpt/surgery-by-system'],
  'surgery-50000': ['cpt/surgery-by-system'],
  'surgery-60000': ['cpt/surgery-by-system'],
  'evaluation-management': ['cpt/em-office-visits'],
  anesthesia: ['cpt/anesthesia'],
  radiology: ['cpt/radiology'],
  'pathology-laboratory': ['cpt/pathology-lab'],
  medicine: ['cpt/medicine'],
  'medical-terminology': ['terminology/word-parts', 'terminology/abbreviations'],
  anatomy: ['terminology/body-systems-1', 'terminology/body-systems-2'],
  'icd-10-cm': ['icd-10-cm/conventions', 'icd-10-cm/outpatient-guidelines'],
  hcpcs: ['hcpcs/structure', 'hcpcs/drugs-and-units'],
  'coding-guidelines': ['cpt/modifiers', 'icd-10-cm/placeholder-seventh-combination'],
  'compliance-regulatory': ['billing/fraud-abuse', 'hipaa/privacy-rule'],
  'cca-clinical-classification': ['icd-10-cm/structure-and-index', 'icd-10-cm/conventions'],
  'cca-health-records-data': ['terminology/abbreviations', 'icd-10-cm/outpatient-guidelines'],
  'cca-reimbursement': ['billing/payers', 'billing/claim-forms'],
  'cca-compliance': ['billing/fraud-abuse', 'billing/ncci-mue'],
  'cca-information-technology': ['hipaa/security-rule', 'hipaa/transactions-code-sets'],
  'cca-confidentiality-privacy': ['hipaa/privacy-rule', 'hipaa/breach-notification'],
  'cpb-payers': ['billing/payers'],
  'cpb-claims': ['billing/claim-forms', 'billing/revenue-cycle'],
  'cpb-payment-collections': ['billing/revenue-cycle', 'billing/denials-appeals'],
  'cpb-denials-appeals': ['billing/denials-appeals', 'billing/abn'],
  'cpb-compliance': ['billing/fraud-abuse', 'hipaa/breach-notification'],
  'cpb-coding': ['cpt/modifiers', 'billing/ncci-mue'],
};

const html = (markdown: string) => marked.parse(markdown, { async: false }) as string;

/** The exam's question pool with Markdown rendered (no answers), and its keys (loaded on submit). */
export async function examData(blueprintDomains: string[]): Promise<{ questions: PublicQuestion[]; cases: PublicCase[]; keys: QuestionKey[] }> {
  const items = (await getCollection('questions')).map((e) => e.data as BankItem);
  const inDomains = items.filter((item) => (item.type === 'case' ? item.questions.every((q) => blueprintDomains.includes(q.domain)) : blueprintDomains.includes(item.domain)));
  const { questions, cases, keys } = splitBank(inDomains);
  return {
    questions: questions.map((q) => ({ ...q, stem: html(q.stem) })),
    cases: cases.map((c) => ({ ...c, chart: html(c.chart) })),
    keys: keys.map((k) => ({ ...k, rationale: html(k.rationale) })),
  };
}
