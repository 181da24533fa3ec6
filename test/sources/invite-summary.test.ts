import { describe, expect, it } from 'vitest';
import {
  companyRole,
  companyRoleFromDescription,
  companyRoleFromTitle,
} from '../../src/sources/invite-summary.js';

describe('companyRoleFromTitle', () => {
  it.each([
    ['Interview: Data Analyst – PT Maju Jaya', { company: 'PT Maju Jaya', role: 'Data Analyst' }],
    ['Wawancara Analis Data - PT Maju Jaya', { company: 'PT Maju Jaya', role: 'Analis Data' }],
    [
      'Undangan Wawancara: Analis Data - PT Maju Jaya',
      { company: 'PT Maju Jaya', role: 'Analis Data' },
    ],
    ['Data Analyst Interview — PT Maju Jaya', { company: 'PT Maju Jaya', role: 'Data Analyst' }],
    ['PT Maju Jaya | Interview: Data Analyst', { company: 'PT Maju Jaya', role: 'Data Analyst' }],
    [
      'Interview for Data Analyst at PT Maju Jaya',
      { company: 'PT Maju Jaya', role: 'Data Analyst' },
    ],
    [
      'Wawancara tahap kedua posisi Analis Data Senior di PT Maju Jaya Sejahtera, Tbk',
      { company: 'PT Maju Jaya Sejahtera, Tbk', role: 'Analis Data Senior' },
    ],
    [
      'Interview: Software Engineer - Acme Pte. Ltd.',
      { company: 'Acme Pte. Ltd.', role: 'Software Engineer' },
    ],
    ['Wawancara dengan PT. Sinar Abadi', { company: 'PT. Sinar Abadi' }],
    ['Interview - Bank Rakyat Indonesia (Persero)', { company: 'Bank Rakyat Indonesia (Persero)' }],
    [
      'Job interview: Data Analyst position - CV Karya Mandiri',
      { company: 'CV Karya Mandiri', role: 'Data Analyst' },
    ],
  ])('%s', (title, expected) => {
    expect(companyRoleFromTitle(title)).toEqual(expected);
  });

  // Not plain enough: a person, a place, no legal form, or no interview at all.
  it.each([
    'Interview with Andi Pratama',
    'Interview (30 min) between Budi Santoso and Sari Wulandari',
    'Interview: Data Analyst – Maju Jaya',
    'Wawancara di kantor pusat',
    'Data Analyst - PT Maju Jaya',
    'PT Maju Jaya - PT Sinar Abadi interview',
    'Interview',
    '',
  ])('%j → nothing', (title) => {
    expect(companyRoleFromTitle(title)).toEqual({});
  });
});

describe('companyRoleFromDescription', () => {
  it.each([
    [
      'Company: PT Maju Jaya\nPosition: Data Analyst',
      { company: 'PT Maju Jaya', role: 'Data Analyst' },
    ],
    [
      'Halo,\r\nPerusahaan : Maju Jaya\r\nPosisi: Analis Data  \r\n',
      { company: 'Maju Jaya', role: 'Analis Data' },
    ],
    ['Mohon membawa KTP.\nJabatan: Staf Keuangan', { role: 'Staf Keuangan' }],
    ['Terima kasih telah melamar posisi Analis Data di PT Maju Jaya.', {}],
  ])('%j', (description, expected) => {
    // toEqual: a key left undefined counts as absent.
    expect(companyRoleFromDescription(description)).toEqual(expected);
  });
});

describe('companyRole', () => {
  it('fills what the title leaves out from the description', () => {
    expect(companyRole('Interview with Andi Pratama', 'Company: PT Maju Jaya')).toEqual({
      company: 'PT Maju Jaya',
    });
  });

  it('prefers the title', () => {
    expect(
      companyRole('Wawancara Analis Data - PT Maju Jaya', 'Perusahaan: PT Lain\nPosisi: Kasir'),
    ).toEqual({ company: 'PT Maju Jaya', role: 'Analis Data' });
  });
});
