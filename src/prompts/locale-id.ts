import type { Locale } from './locale.js';

/** Indonesian: formal, addressed to the user as "Anda". */
export const LOCALE_ID: Locale = {
  optional: '(opsional)',
  keys: { navigate: 'pindah', select: 'pilih' },
  company: 'Nama perusahaan',
  role: 'Posisi yang Anda lamar',
  interviewer: 'Nama pewawancara atau perekrut',
  honorific: {
    message: (interviewer) => `Sapaan untuk ${interviewer}`,
    bapak: 'Bapak',
    ibu: 'Ibu',
    unknown: 'Tidak tahu (ditulis "Bapak/Ibu")',
  },
  at: (zone) =>
    `Tanggal dan jam wawancara, mis. 27/11/2026 10.00 atau besok 10.00 (zona bawaan ${zone})`,
  reason: 'Apa alasan Anda?',
  reasons: {
    offer: 'Saya sudah menerima tawaran kerja lain',
    family: 'Saya perlu merawat keluarga',
    relocation: 'Saya akan pindah ke kota lain',
    health: 'Alasan kesehatan',
    conflict: 'Jadwal saya bentrok',
    fit: 'Posisi ini ternyata kurang sesuai bagi saya',
    personal: 'Keadaan pribadi (tanpa rincian)',
    other: 'Alasan lain (Anda tulis sendiri)',
  },
  reasonText: {
    optional: 'Satu kalimat tambahan tentang alasan Anda, sebatas yang nyaman Anda sampaikan',
    required: 'Tuliskan alasan Anda dalam satu kalimat',
  },
  gate: {
    message: 'Apakah Anda 100% yakin tidak lagi menginginkan pekerjaan ini?',
    sure: 'Ya, saya yakin: batalkan wawancara',
    unsure: 'Saya belum yakin',
    stillWanted: 'Tidak, saya masih menginginkannya: jadwalkan ulang',
    why: 'Membatalkan wawancara akan mengeluarkan Anda dari proses seleksi, jadi selama Anda belum 100% yakin, sebaiknya ajukan jadwal ulang.',
    choose: 'Apa yang ingin Anda lakukan?',
    reschedule: 'Menjadwalkan ulang wawancara (disarankan)',
    cancel: 'Membatalkan wawancara',
  },
  slot: (n, zone) =>
    n === 1
      ? `Usulan waktu pengganti ke-1, mis. lusa 14.00 (zona bawaan ${zone})`
      : `Usulan waktu pengganti ke-${n} (opsional, tekan Enter untuk selesai)`,
  name: 'Nama lengkap Anda',
  phone: 'Nomor telepon Anda',
  email: 'Alamat email Anda',
  to: 'Alamat email perekrut',
  toRequired: 'Alamat email perekrut (diperlukan untuk format eml)',
  recruiterPhone: 'Nomor telepon atau WhatsApp perekrut',
  copy: {
    message: 'Pesan mana yang ingin disalin ke papan klip?',
    none: 'Tidak perlu',
    channels: {
      phone: 'Naskah telepon',
      voicemail: 'Pesan suara',
      email: 'Email (isi pesannya saja)',
      sms: 'SMS / WhatsApp',
      linkedin: 'Catatan LinkedIn',
    },
    emailBodyOnly: 'Subjek email tidak ikut disalin; subjeknya tercantum di atas.',
  },
  zone: {
    at: 'Tanggal dan jam wawancara, mis. 27/11/2026 10.00 WIB atau besok 10.00 (tanpa zona, zonanya ditanyakan berikutnya)',
    message: (system) =>
      system
        ? `Zona waktu wawancara (komputer ini memakai ${system})`
        : 'Zona waktu wawancara (zona komputer ini tidak terbaca)',
    wib: 'WIB: Waktu Indonesia Barat, UTC+7 (Jakarta, Medan, Pontianak)',
    wita: 'WITA: Waktu Indonesia Tengah, UTC+8 (Makassar, Denpasar, Balikpapan)',
    wit: 'WIT: Waktu Indonesia Timur, UTC+9 (Jayapura, Ambon)',
    system: (zone) => `${zone} (zona komputer ini)`,
    other: 'Lainnya (ketik nama IANA atau selisih waktu)',
    otherMessage: 'Zona waktu, mis. Asia/Singapore, Europe/London atau +08:00',
  },
  whatNext: {
    message: 'Apa langkah berikutnya?',
    copy: 'Salin satu pesan ke papan klip',
    mailto: (to) =>
      to ? `Buka email di aplikasi email (kepada ${to})` : 'Buka email di aplikasi email',
    wa: (phone) =>
      phone
        ? `Buka WhatsApp dengan pesan teks (${phone})`
        : 'Buka WhatsApp dengan pesan teks (Anda memilih obrolannya)',
    eml: 'Simpan email sebagai berkas .eml',
    ics: 'Simpan balasan kalender sebagai berkas .ics',
    done: 'Selesai',
    toForEml: 'Alamat email perekrut untuk berkas .eml (kosongkan untuk kembali)',
    fileName: 'wawancara',
    saved: (path) => `Tersimpan: ${path}`,
    saveFailed: (reason) => `Berkas tidak dapat disimpan: ${reason}`,
    openingMail: 'Membuka aplikasi email…',
    openingWhatsapp: 'Membuka WhatsApp…',
    notOpened: (cause) => `Tidak dapat dibuka (${cause}). Buka tautan ini sendiri:`,
    noDisplay: 'tidak ada layar: DISPLAY tidak diatur',
    remote: 'sesi SSH tanpa layar',
    openerFailed: (detail) => `pembuka tautan gagal: ${detail}`,
  },
  flagRefused: (flag, problem) =>
    `${flag} tidak dapat dipakai: ${problem}. Silakan isi di bawah ini.`,
};
