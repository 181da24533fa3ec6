import type { Locale } from './types.js';

const DATETIME_FORMS = '2026-11-27 10:00, 27/11/2026 10.00, besok 10.00, lusa 14.30, Senin 09.00';
const ZONE_FORMS = 'WIB, WITA, WIT, +07:00, Z, Asia/Jakarta';

const idGreeting = (hour: number): string =>
  hour < 11
    ? 'Selamat pagi'
    : hour < 15
      ? 'Selamat siang'
      : hour < 18
        ? 'Selamat sore'
        : 'Selamat malam';

/** Indonesian: formal, addressed to the user as "Anda". */
export const ID: Locale = {
  language: { name: 'Bahasa Indonesia', question: 'Bahasa', intl: 'id-ID' },

  dates: { at: 'pukul', on: 'pada', today: 'hari ini', tomorrow: 'besok' },

  prompts: {
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
    profile: {
      details: { name: 'nama', phone: 'nomor telepon', email: 'email', lang: 'bahasa' },
      and: 'dan',
      taken: (details, path) => `${details} diambil dari profil (${path}).`,
      save: (details) => `Simpan ${details} Anda di profil untuk lain kali?`,
      yes: 'Ya, simpan',
      no: 'Tidak',
      saved: (path) => `Tersimpan di ${path}.`,
    },
  },

  problems: {
    empty: () => 'wajib diisi',
    control: () => 'hapus karakter kontrol (baris baru, tab, kode escape)',
    invisible: () =>
      'hapus karakter tak terlihat (spasi lebar nol, penanda arah teks, tanda hubung lunak, BOM)',
    encoding: () =>
      'berisi U+FFFD (\ufffd): teks bukan UTF-8 yang sah — ketik ulang atau periksa pengodean terminal',
    'encoded-word': () => 'hapus bagian "=?…?=": program email akan mengubahnya menjadi teks lain',
    'too-long': (p) => `maksimal ${p.max} karakter`,
    email: () => 'alamat email tidak valid — contoh: nama@contoh.com',
    phone: () => 'nomor telepon tidak valid — contoh: 0812 3456 7890 atau +62 812 3456 7890',
    datetime: (p) =>
      p.detail === 'hour'
        ? 'jam ditulis 00–23 — tengah malam adalah 00.00 hari berikutnya'
        : `tanggal dan jam tidak terbaca — contoh: ${DATETIME_FORMS}${p.detail === 'twelve-hour' ? ' (format 24 jam: 22.00, bukan 10.00 PM)' : ''}, boleh diikuti zona waktu (${ZONE_FORMS})`,
    zone: () => `zona waktu tidak dikenal — gunakan ${ZONE_FORMS}`,
    'zone-abbreviation': (p) =>
      `${p.token} adalah singkatan, bukan zona waktu — tulis nama IANA-nya, misalnya America/New_York, atau selisihnya seperti -05:00`,
    nonexistent: (p) =>
      `${p.local} tidak ada di ${p.zone} (jam dimajukan dari ${p.from} ke ${p.to}) — pilih waktu lain`,
    'system-zone': () =>
      "zona waktu sistem (TZ) tidak terbaca — tulis zona dengan --tz (misalnya --tz Asia/Jakarta) atau pada waktunya (misalnya '2026-11-27 10:00 WIB')",
    past: () => 'waktu wawancara sudah lewat — periksa kembali tanggalnya',
    'slot-before-now': (p) => `${p.slot} sudah lewat — pilih waktu yang lebih akhir`,
    'slot-same-as-interview': (p) => `${p.slot} sama dengan jadwal wawancara — usulkan waktu lain`,
    'slot-at-night': (p) =>
      `${p.slot} jatuh pada malam hari (sebelum 07.00 atau mulai 21.00) — periksa jamnya`,
    'slot-duplicate': (p) => `${p.slot} sudah diusulkan — pilih waktu lain`,
    choice: (p) => `pilih salah satu: ${p.choices.join(', ')}`,
  },

  warnings: {
    label: 'peringatan',
    ambiguousTime: (p) =>
      `${p.local} terjadi dua kali di ${p.zone} (jam dimundurkan dari ${p.from} ke ${p.to}); dipakai yang pertama, ${p.chosen}`,
    reasonNeutralised: (reason) =>
      `alasan "${reason}" tidak disebut dalam permohonan jadwal ulang, karena akan terbaca seolah Anda menimbang pilihan lain; pesan hanya menyebut bahwa Anda berhalangan hadir (tambahkan kalimat sendiri dengan --reason-text bila perlu)`,
    slotWeekend: (when) => `waktu usulan ${when} jatuh pada akhir pekan; pastikan kantor buka`,
    slotOutsideHours: (when) => `waktu usulan ${when} di luar jam kerja (09.00–17.00)`,
  },

  invitation: {
    from: 'Dari undangan',
    fields: {
      at: 'waktu wawancara',
      company: 'perusahaan',
      role: 'posisi',
      interviewer: 'pewawancara',
      to: 'email perekrut',
      email: 'email Anda',
    },
  },

  profileFile: {
    ignoring: (path, why) => ({
      what: `profil ${path} diabaikan: ${why}`,
      hint: "perbaiki isinya, atau hapus dengan 'batal-wawancara profile --clear'",
    }),
    permission: 'izin ditolak',
    directory: 'yang ada di sana sebuah direktori',
    notFile: 'bukan berkas biasa',
    tooBig: (kib) => `lebih besar dari ${kib} KiB`,
    unreadable: (detail) => `tidak dapat dibaca (${detail})`,
    utf8: 'bukan teks UTF-8 yang valid',
    json: 'bukan JSON yang valid',
    notObject: 'bukan objek JSON',
    notText: (key) => `"${key}" bukan teks`,
    value: (key, problem) => `"${key}": ${problem}`,
  },

  advice: {
    callNow: 'Telepon rekruter sekarang: kantor sedang buka.',
    callAt: (when) =>
      `Telepon rekruter ${when}, saat kantor buka: pemberitahuan Anda tetap 24 jam atau lebih sebelum wawancara.`,
    thenWrite: 'Jika tidak diangkat, tinggalkan pesan suara, lalu kirim email dan pesan teks.',
    writeNow: (inTime) =>
      inTime
        ? 'Kirim email dan pesan teks sekarang agar pemberitahuan sampai setidaknya 24 jam sebelum wawancara.'
        : 'Kantor sedang tutup: kirim email dan pesan teks sekarang.',
    thenCall: (when) =>
      `Lalu telepon rekruter ${when}, saat kantor buka, untuk memastikan pesan Anda sudah diterima.`,
    noCall:
      'Kantor tidak buka lagi sebelum wawancara, jadi telepon tidak akan sampai tepat waktu: email dan pesan teks yang menyampaikannya.',
    apologise: 'Sampaikan permohonan maaf karena pemberitahuannya kurang dari 24 jam.',
    hoursLeft: (hours) => `Waktu tersisa ${hours} jam sebelum wawancara`,
    enough: (deadline) => `cukup untuk pemberitahuan 24 jam (hubungi paling lambat ${deadline}).`,
    notEnough: (when, hours) =>
      `Wawancara ${when}, ${hours < 1 ? 'kurang dari 1 jam' : `${hours} jam`} lagi: kurang dari 24 jam, jadi sampaikan permohonan maaf atas pemberitahuan yang mendadak.`,
  },

  plan: {
    title: {
      cancel: 'Rencana pembatalan wawancara',
      reschedule: 'Rencana penjadwalan ulang wawancara',
    },
    channel: {
      phone: 'Telepon',
      voicemail: 'Pesan suara',
      email: 'Email',
      sms: 'SMS / WhatsApp',
      linkedin: 'LinkedIn',
    },
    now: 'kirim sekarang',
    callNow: 'sekarang',
    callToConfirm: (when) => `${when}, untuk memastikan pesan Anda sudah diterima`,
    callIfReachable: 'hanya jika rekruter bisa dihubungi sebelum wawancara',
    ifNoAnswer: 'jika telepon tidak diangkat',
    afterCall: 'kirim setelah menelepon',
    linkedin: 'catatan ajakan terhubung',
    subject: 'Subjek',
    to: 'Kepada',
    segments: (n) => `${n} segmen SMS`,
    characters: (n, limit) => `${n}/${limit} karakter`,
  },

  clipboard: {
    copied: 'disalin ke papan klip',
    osc52: 'disalin, jika terminal Anda mendukung OSC 52',
    fallback: (cause) => `papan klip tidak tersedia: ${cause} — teks dicetak ke stdout`,
    shownAbove: (cause) => `papan klip tidak tersedia: ${cause} — teksnya ditampilkan di atas`,
    noDisplay: 'DISPLAY tidak diatur',
    noTty: 'tidak ada terminal (/dev/tty) untuk OSC 52',
    noTool: 'xsel atau wl-copy tidak ditemukan',
    displayUnreachable: (display) => `display ${display} tidak dapat dibuka`,
  },

  report: { stopped: 'dihentikan' },

  demo: { role: 'Analis Data' },

  message: {
    recruitingTeam: (company) => `Tim Rekrutmen ${company}`,
    honorific: {
      bapak: { written: 'Bapak', spoken: 'Bapak', chat: 'Pak' },
      ibu: { written: 'Ibu', spoken: 'Ibu', chat: 'Bu' },
    },
    anyone: 'Bapak/Ibu',
    greeting: idGreeting,
    farewell: (hour) => `${idGreeting(hour)}.`,
    // "Permisi" opens a message to someone senior at any hour, where a greeting would not.
    textOpening: (greeting, chatName) =>
      `${greeting ?? 'Permisi'}${chatName ? `, ${chatName}` : ''}.`,
    reasons: {
      offer: {
        cancel: 'Saya telah menerima tawaran pekerjaan lain.',
        reschedule: 'Saya berhalangan hadir pada waktu tersebut.',
      },
      family: {
        cancel: 'Saat ini saya perlu mencurahkan waktu untuk merawat anggota keluarga.',
        reschedule: 'Saat ini saya perlu merawat anggota keluarga.',
      },
      relocation: {
        cancel: 'Saya akan pindah ke kota lain dalam waktu dekat.',
        reschedule: 'Saya sedang dalam proses pindah domisili.',
      },
      health: {
        cancel: 'Kondisi kesehatan saya sedang kurang baik.',
        reschedule: 'Kondisi kesehatan saya sedang kurang baik.',
      },
      conflict: {
        cancel: 'Ada jadwal lain yang tidak dapat saya tinggalkan.',
        reschedule: 'Pada waktu tersebut ada jadwal lain yang tidak dapat saya tinggalkan.',
      },
      fit: {
        cancel:
          'Setelah mempertimbangkan kembali, saya merasa posisi ini kurang sesuai untuk saya.',
        reschedule: 'Saya berhalangan hadir pada waktu tersebut.',
      },
      personal: {
        cancel: 'Keadaan pribadi saya tidak memungkinkan untuk melanjutkan proses ini.',
        reschedule: 'Ada keperluan pribadi yang tidak dapat saya tinggalkan pada waktu tersebut.',
      },
      other: null,
    },
  },
};
