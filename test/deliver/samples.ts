/** Small named fixtures shared by the delivery tests. */
export const SAMPLES = {
  id: {
    subject:
      'Pembatalan wawancara untuk posisi Analis Data — Jumat, 27 November 2026 pukul 10.00 WIB',
    body: [
      'Yth. Ibu Rina Wijaya,',
      '',
      'Dengan hormat,',
      '',
      'Terima kasih atas waktu dan kesempatan yang telah Ibu berikan kepada saya untuk mengikuti wawancara posisi Analis Data di PT Maju Jaya pada Jumat, 27 November 2026 pukul 10.00 WIB.',
      'Dengan berat hati saya harus membatalkan wawancara tersebut karena saya telah menerima tawaran pekerjaan lain.',
      'Mohon maaf atas ketidaknyamanan ini. Semoga PT Maju Jaya terus sukses.',
      '.',
      'From here on: café ☕ 🙏  ',
      '',
      'Hormat saya,',
      'Siti Nurhaliza Ümit',
      '+62 812-3456-7890',
    ].join('\n'),
    from: { name: 'Siti Nurhaliza Ümit', address: 'siti@example.co.id' },
    to: 'rina.wijaya@majujaya.co.id',
  },
  en: {
    subject: 'Cancelling my interview for the Data Analyst role on Friday, 27 November 2026',
    body: [
      'Dear Ms. Wijaya,',
      '',
      'Thank you for your time and for considering me for the Data Analyst role.',
      'I am writing to let you know that I must cancel our interview, as I have accepted another offer.',
      'I apologise for any inconvenience, and I wish you and the team every success.',
      '',
      'Kind regards,',
      'Budi Santoso',
      'budi@example.com',
    ].join('\n'),
    from: { name: 'Budi Santoso', address: 'budi@example.com' },
    to: 'hr@example.com',
  },
} as const;
