// Every UI string in Bahasa Indonesia. Another language is another file with the same keys.
const plural = (n: number, one: string, many = one) => (n === 1 ? one : many);

export const id = {
  lang: 'id',
  site: {
    name: 'Dasbor Koperasi',
    skip: 'Langsung ke isi',
    sample: 'DATA CONTOH',
    sampleNote: 'Angka di situs ini dibuat oleh komputer (sintetis) untuk uji coba, bukan data resmi Dinas.',
    dataAsOf: (date: string) => `Data per ${date}`,
    publisher: 'Penerbit',
    license: 'Lisensi',
    contact: 'Kontak',
    sources: 'Sumber',
    description:
      'Koperasi per kecamatan: jumlah, keaktifan, RAT, cakupan pendampingan, ODOC dan Koperasi Desa/Kelurahan Merah Putih, serta kegiatan program pemberdayaan koperasi.',
    noScript: 'Filter dan perbandingan membutuhkan JavaScript. Tanpa JavaScript, halaman ini menampilkan snapshot terbaru secara lengkap.',
  },
  filters: {
    heading: 'Pilih tampilan',
    snapshot: 'Snapshot',
    compare: 'Bandingkan dengan',
    compareNone: 'Tidak membandingkan',
    jenis: 'Jenis koperasi',
    status: 'Status',
    jalur: 'Jalur pendampingan',
    kecamatan: 'Kecamatan',
    kecamatanAll: 'Semua kecamatan',
    /** {n}: filled in by the page script. */
    kecamatanChosen: '{n} kecamatan dipilih',
    metric: 'Warna peta',
    reset: 'Atur ulang',
    interactive: 'Mode interaktif',
    loading: 'Memuat mesin data di peramban… tampilan sekarang tetap bisa dibaca.',
    querying: 'Menghitung ulang…',
    ready: 'Tampilan diperbarui.',
    failed: 'Mesin data tidak dapat dimuat di peramban ini. Tampilan di bawah tetap snapshot terakhir yang sudah dihitung.',
    shown: 'Ditampilkan',
    all: 'semua',
  },
  values: {
    jenis_koperasi: {
      konsumen: 'Konsumen',
      produsen: 'Produsen',
      simpan_pinjam: 'Simpan pinjam',
      pemasaran: 'Pemasaran',
      jasa: 'Jasa',
    },
    status: { aktif: 'Aktif', tidak_aktif: 'Tidak aktif' },
    jalur: { dinas: 'Dinas', camat: 'Camat', pkk: 'PKK' },
  },
  figures: {
    heading: 'Angka utama',
    terdaftar: 'Koperasi terdaftar',
    aktif: 'Koperasi aktif',
    rat: 'RAT tepat waktu',
    ratNote: 'dari koperasi aktif',
    cakupan: 'Cakupan pendampingan',
    cakupanNote: 'dari koperasi aktif',
    odoc: 'Kecamatan dengan ODOC',
    kopdes: 'Desa/kelurahan dengan Kopdes Merah Putih',
    anggota: 'Anggota',
    volume: 'Volume usaha',
    shu: 'SHU',
    ofTotal: (n: string, total: string) => `${n} dari ${total}`,
    ofActive: (n: string) => `${n} koperasi aktif`,
    change: (change: string, date: string) => `${change} sejak ${date}`,
    noPrevious: 'belum ada snapshot sebelumnya',
    target: (value: string, year: number) => `Target ${year}: ${value}`,
    targetMet: 'tercapai',
    targetNotMet: 'belum tercapai',
    points: 'poin',
    byJalur: 'Menurut jalur',
    undefinedPercent: 'tidak ada koperasi aktif',
  },
  map: {
    heading: 'Peta cakupan per kecamatan',
    metrics: {
      cakupan: 'Cakupan pendampingan (%)',
      aktif: 'Koperasi aktif (%)',
      jumlah: 'Jumlah koperasi',
      odoc: 'Koperasi ODOC',
      kopdes: 'Desa dengan Kopdes Merah Putih (%)',
      kegiatan: 'Kegiatan dalam periode',
    },
    change: (metric: string) => `Perubahan ${metric.toLowerCase()}`,
    odocYes: 'Sudah ada',
    odocNo: 'Belum ada',
    odocGained: 'Baru ada',
    odocKept: 'Tetap ada',
    odocLost: 'Tidak ada lagi',
    noData: 'Abu-abu: tidak ada data (mis. tidak ada koperasi aktif).',
    schematic:
      'Peta skematis: batas kecamatan diperkirakan dari titik desa/kelurahan, bukan batas resmi. Bentuk dan luasnya hanya gambaran.',
    source: (sumber: string) => `Batas wilayah: ${sumber}.`,
    period: (start: string, end: string) => `Periode kegiatan: setelah ${start} sampai ${end}.`,
    openTable: 'Lihat baris kecamatan di tabel',
  },
  charts: {
    ranking: 'Peringkat kecamatan',
    composition: 'Koperasi menurut jenis dan status',
    mentoring: 'Pendampingan menurut jalur dari waktu ke waktu',
    trend: 'Tren angka utama',
    table: 'Tabel data',
    snapshot: 'Snapshot',
    count: 'Jumlah koperasi',
    mentored: 'Koperasi aktif didampingi',
  },
  table: {
    kecamatan: 'Kecamatan',
    terdaftar: 'Terdaftar',
    aktif: 'Aktif',
    persenAktif: '% aktif',
    didampingi: 'Didampingi',
    cakupan: 'Cakupan',
    odoc: 'ODOC',
    kopdes: 'Desa Kopdes MP',
    kegiatan: 'Kegiatan',
    jenis: 'Jenis',
    status: 'Status',
    jalur: 'Jalur',
    total: 'Jumlah',
    change: 'Perubahan',
    none: 'belum ada',
  },
  summary: {
    map: (metric: string, top: string, topValue: string, bottom: string, bottomValue: string, missing: number) =>
      `${metric}: tertinggi di ${top} (${topValue}), terendah di ${bottom} (${bottomValue})` +
      (missing > 0 ? `; ${missing} kecamatan tanpa data.` : '.'),
    mapOdoc: (yes: number, total: number) =>
      yes === total
        ? `Semua ${total} kecamatan sudah punya koperasi ODOC.`
        : `${yes} dari ${total} kecamatan sudah punya koperasi ODOC; ${total - yes} ${plural(total - yes, 'kecamatan')} belum.`,
    mapChange: (metric: string, up: number, down: number, same: number) =>
      `${metric}: naik di ${up} kecamatan, turun di ${down}, tetap di ${same}.`,
    composition: (total: string, top: string, topN: string, aktifPercent: string) =>
      `Dari ${total} koperasi, jenis terbanyak adalah ${top} (${topN}); ${aktifPercent} berstatus aktif.`,
    mentoring: (date: string, total: string, parts: string) =>
      `Per ${date}, ${total} koperasi aktif didampingi: ${parts}.`,
    mentoringNone: (date: string) => `Per ${date}, belum ada koperasi aktif yang didampingi.`,
    trend: (first: string, last: string, from: string, to: string, label: string) =>
      `${label} berubah dari ${from} (${first}) menjadi ${to} (${last}).`,
    emptyComposition: 'Tidak ada koperasi dalam tampilan ini.',
  },
  plural,
};

export type Strings = typeof id;
