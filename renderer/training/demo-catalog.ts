/**
 * Mode latihan (training) catalog: about 300 products of NTT UMKM producers as the NTT Mart in
 * Labuan Bajo sells them. Producers with a GS1 Indonesia company number have 899 barcodes; the
 * others get in-store article codes (prefix 20); weighed goods and items labelled with their price
 * in the shop carry a PLU for the scale's or labeller's in-store barcodes (prefixes 22–29).
 * Built deterministically, so every terminal's training catalog is the same.
 */
import { withCheckDigit } from '#domain/catalog/barcode';
import { rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';

type Variant = readonly [label: string, price: number];
type Item = readonly [name: string, category: string, unit: string, variants: readonly Variant[]];

interface Producer {
  name: string;
  /** GS1 Indonesia company number (after 899), or null for producers without barcodes. */
  gs1: string | null;
  items: readonly Item[];
}

const PRODUCERS: readonly Producer[] = [
  {
    name: 'Koperasi Kopi Bajawa (Ngada)',
    gs1: '51201',
    items: [
      [
        'Kopi Arabika Bajawa Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 32_000],
          ['250 g', 65_000],
          ['500 g', 120_000],
        ],
      ],
      [
        'Kopi Arabika Bajawa Biji Sangrai',
        'Kopi & Teh',
        'bungkus',
        [
          ['250 g', 70_000],
          ['500 g', 130_000],
          ['1 kg', 250_000],
        ],
      ],
      ['Kopi Arabika Bajawa Full Wash', 'Kopi & Teh', 'bungkus', [['200 g', 75_000]]],
      [
        'Kopi Robusta Ngada Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 20_000],
          ['250 g', 42_000],
        ],
      ],
      [
        'Kopi Bajawa Drip Bag',
        'Kopi & Teh',
        'kotak',
        [
          ['isi 5', 35_000],
          ['isi 10', 65_000],
        ],
      ],
    ],
  },
  {
    name: 'Kelompok Tani Kopi Colol (Manggarai Timur)',
    gs1: '51202',
    items: [
      [
        'Kopi Arabika Colol Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 30_000],
          ['250 g', 62_000],
        ],
      ],
      [
        'Kopi Robusta Colol Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 18_000],
          ['250 g', 40_000],
          ['500 g', 75_000],
        ],
      ],
      ['Kopi Juria Manggarai Biji', 'Kopi & Teh', 'bungkus', [['250 g', 85_000]]],
      ['Kopi Luwak Manggarai', 'Kopi & Teh', 'bungkus', [['100 g', 150_000]]],
    ],
  },
  {
    name: 'Madu Hutan Sumba Lestari',
    gs1: '51203',
    items: [
      [
        'Madu Hutan Sumba',
        'Madu',
        'botol',
        [
          ['250 ml', 65_000],
          ['500 ml', 120_000],
          ['1 liter', 225_000],
        ],
      ],
      [
        'Madu Kelulut Sumba',
        'Madu',
        'botol',
        [
          ['150 ml', 85_000],
          ['300 ml', 160_000],
        ],
      ],
      ['Madu Sarang Sumba', 'Madu', 'kotak', [['250 g', 110_000]]],
    ],
  },
  {
    name: 'Madu Flores Hutan Mbeliling',
    gs1: null,
    items: [
      [
        'Madu Hutan Mbeliling',
        'Madu',
        'botol',
        [
          ['250 ml', 60_000],
          ['650 ml', 140_000],
        ],
      ],
      ['Madu Hutan Mbeliling Sachet', 'Madu', 'kotak', [['isi 10', 35_000]]],
    ],
  },
  {
    name: 'Kelor Moringa Kupang',
    gs1: '51204',
    items: [
      [
        'Teh Daun Kelor',
        'Kelor',
        'kotak',
        [
          ['isi 20 kantong', 25_000],
          ['isi 40 kantong', 45_000],
        ],
      ],
      [
        'Serbuk Daun Kelor',
        'Kelor',
        'bungkus',
        [
          ['100 g', 35_000],
          ['250 g', 80_000],
        ],
      ],
      [
        'Kapsul Kelor',
        'Kelor',
        'botol',
        [
          ['isi 60', 55_000],
          ['isi 120', 100_000],
        ],
      ],
      [
        'Keripik Kelor',
        'Kelor',
        'bungkus',
        [
          ['100 g', 15_000],
          ['200 g', 28_000],
        ],
      ],
      ['Mie Kelor', 'Kelor', 'bungkus', [['200 g', 18_000]]],
      ['Stik Kelor', 'Kelor', 'bungkus', [['150 g', 20_000]]],
    ],
  },
  {
    name: "Se'i Baun (Kupang)",
    gs1: '51205',
    items: [
      [
        "Se'i Sapi Vakum",
        'Olahan Daging',
        'bungkus',
        [
          ['250 g', 95_000],
          ['500 g', 180_000],
        ],
      ],
      [
        "Se'i Babi Vakum",
        'Olahan Daging',
        'bungkus',
        [
          ['250 g', 85_000],
          ['500 g', 160_000],
        ],
      ],
      ["Se'i Ayam Vakum", 'Olahan Daging', 'bungkus', [['250 g', 60_000]]],
      [
        'Dendeng Sapi Timor',
        'Olahan Daging',
        'bungkus',
        [
          ['200 g', 75_000],
          ['500 g', 175_000],
        ],
      ],
      [
        'Abon Sapi Timor',
        'Olahan Daging',
        'bungkus',
        [
          ['100 g', 45_000],
          ['250 g', 105_000],
        ],
      ],
    ],
  },
  {
    name: 'Mete Flores Timur (Larantuka)',
    gs1: '51206',
    items: [
      [
        'Kacang Mete Goreng',
        'Makanan Ringan',
        'bungkus',
        [
          ['100 g', 28_000],
          ['250 g', 65_000],
          ['500 g', 125_000],
        ],
      ],
      [
        'Kacang Mete Oven',
        'Makanan Ringan',
        'bungkus',
        [
          ['100 g', 30_000],
          ['250 g', 70_000],
        ],
      ],
      [
        'Kacang Mete Madu',
        'Makanan Ringan',
        'bungkus',
        [
          ['100 g', 32_000],
          ['250 g', 75_000],
        ],
      ],
      ['Kacang Mete Pedas', 'Makanan Ringan', 'bungkus', [['100 g', 30_000]]],
      [
        'Kacang Mete Mentah Kupas',
        'Hasil Bumi',
        'bungkus',
        [
          ['500 g', 110_000],
          ['1 kg', 210_000],
        ],
      ],
    ],
  },
  {
    name: 'Garam Nagekeo Mbay',
    gs1: '51207',
    items: [
      [
        'Garam Beryodium Nagekeo',
        'Bumbu & Sambal',
        'bungkus',
        [
          ['250 g', 4_000],
          ['500 g', 7_000],
          ['1 kg', 12_000],
        ],
      ],
      ['Garam Halus Meja', 'Bumbu & Sambal', 'botol', [['200 g', 9_000]]],
      ['Garam Krosok Kupang', 'Bumbu & Sambal', 'bungkus', [['1 kg', 8_000]]],
    ],
  },
  {
    name: "Sambal Lu'at Mama Timor (TTS)",
    gs1: '51208',
    items: [
      [
        "Sambal Lu'at",
        'Bumbu & Sambal',
        'botol',
        [
          ['100 g', 25_000],
          ['200 g', 45_000],
        ],
      ],
      ["Sambal Lu'at Teri", 'Bumbu & Sambal', 'botol', [['150 g', 35_000]]],
      ["Sambal Lu'at Daun Kemangi", 'Bumbu & Sambal', 'botol', [['150 g', 32_000]]],
      ['Sambal Ikan Cakalang', 'Bumbu & Sambal', 'botol', [['150 g', 38_000]]],
    ],
  },
  {
    name: 'Sanggar Tenun Ikat Watublapi (Sikka)',
    gs1: null,
    items: [
      [
        'Kain Tenun Ikat Sikka',
        'Tenun & Kerajinan',
        'lembar',
        [
          ['pewarna alam', 1_500_000],
          ['pewarna sintetis', 750_000],
        ],
      ],
      ['Selendang Tenun Ikat Sikka', 'Tenun & Kerajinan', 'lembar', [['', 250_000]]],
      ['Sarung Tenun Ikat Sikka', 'Tenun & Kerajinan', 'lembar', [['', 900_000]]],
      [
        'Syal Tenun Ikat',
        'Tenun & Kerajinan',
        'lembar',
        [
          ['kecil', 125_000],
          ['besar', 175_000],
        ],
      ],
    ],
  },
  {
    name: 'Tenun Songke Cibal (Manggarai)',
    gs1: null,
    items: [
      ['Kain Songke Manggarai', 'Tenun & Kerajinan', 'lembar', [['', 1_200_000]]],
      ['Selendang Songke', 'Tenun & Kerajinan', 'lembar', [['', 225_000]]],
      ['Topi Songke', 'Tenun & Kerajinan', 'pcs', [['', 85_000]]],
      [
        'Dompet Songke',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 45_000],
          ['panjang', 75_000],
        ],
      ],
      ['Tas Selempang Songke', 'Tenun & Kerajinan', 'pcs', [['', 185_000]]],
      ['Gantungan Kunci Songke', 'Tenun & Kerajinan', 'pcs', [['', 15_000]]],
    ],
  },
  {
    name: 'Tenun Sumba Timur Kambera',
    gs1: null,
    items: [
      ['Kain Hinggi Sumba', 'Tenun & Kerajinan', 'lembar', [['', 2_500_000]]],
      ['Selendang Tenun Sumba', 'Tenun & Kerajinan', 'lembar', [['', 300_000]]],
      ['Sarung Lau Sumba', 'Tenun & Kerajinan', 'lembar', [['', 1_750_000]]],
      ['Taplak Meja Tenun Sumba', 'Tenun & Kerajinan', 'lembar', [['', 350_000]]],
    ],
  },
  {
    name: 'Kerajinan Lontar Rote',
    gs1: null,
    items: [
      ["Topi Ti'i Langga", 'Tenun & Kerajinan', 'pcs', [['', 150_000]]],
      [
        'Miniatur Sasando',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 75_000],
          ['besar', 175_000],
        ],
      ],
      [
        'Keranjang Anyaman Lontar',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 35_000],
          ['sedang', 55_000],
          ['besar', 85_000],
        ],
      ],
      ['Tikar Anyaman Lontar', 'Tenun & Kerajinan', 'lembar', [['', 120_000]]],
      ['Kipas Anyaman Lontar', 'Tenun & Kerajinan', 'pcs', [['', 20_000]]],
    ],
  },
  {
    name: 'Gula Lontar Sabu Raijua',
    gs1: '51209',
    items: [
      [
        'Gula Lontar Cetak',
        'Hasil Bumi',
        'bungkus',
        [
          ['250 g', 18_000],
          ['500 g', 32_000],
        ],
      ],
      [
        'Gula Semut Lontar',
        'Hasil Bumi',
        'bungkus',
        [
          ['250 g', 25_000],
          ['500 g', 45_000],
        ],
      ],
      [
        'Gula Air Lontar',
        'Minuman',
        'botol',
        [
          ['330 ml', 20_000],
          ['600 ml', 35_000],
        ],
      ],
    ],
  },
  {
    name: 'Jagung Titi Mama Adonara (Flores Timur)',
    gs1: null,
    items: [
      [
        'Jagung Titi',
        'Makanan Ringan',
        'bungkus',
        [
          ['250 g', 20_000],
          ['500 g', 38_000],
        ],
      ],
      ['Jagung Titi Gula Merah', 'Makanan Ringan', 'bungkus', [['250 g', 24_000]]],
      ['Jagung Bose Instan', 'Hasil Bumi', 'bungkus', [['500 g', 22_000]]],
    ],
  },
  {
    name: 'Sorgum Likotuden (Flores Timur)',
    gs1: '51210',
    items: [
      [
        'Beras Sorgum',
        'Hasil Bumi',
        'bungkus',
        [
          ['1 kg', 28_000],
          ['2 kg', 54_000],
        ],
      ],
      ['Tepung Sorgum', 'Hasil Bumi', 'bungkus', [['500 g', 20_000]]],
      ['Kue Kering Sorgum', 'Kue & Roti', 'toples', [['250 g', 45_000]]],
      ['Sereal Sorgum', 'Hasil Bumi', 'kotak', [['300 g', 35_000]]],
    ],
  },
  {
    name: 'Beras Merah Organik Manggarai',
    gs1: '51211',
    items: [
      [
        'Beras Merah Manggarai',
        'Hasil Bumi',
        'bungkus',
        [
          ['1 kg', 25_000],
          ['5 kg', 120_000],
        ],
      ],
      ['Beras Hitam Manggarai', 'Hasil Bumi', 'bungkus', [['1 kg', 35_000]]],
      [
        'Beras Putih Lembor',
        'Hasil Bumi',
        'bungkus',
        [
          ['5 kg', 75_000],
          ['10 kg', 145_000],
        ],
      ],
    ],
  },
  {
    name: 'Ikan Olahan Labuan Bajo Bahari',
    gs1: '51212',
    items: [
      [
        'Abon Ikan Tuna',
        'Olahan Ikan',
        'bungkus',
        [
          ['100 g', 35_000],
          ['250 g', 80_000],
        ],
      ],
      [
        'Kerupuk Ikan Labuan Bajo',
        'Olahan Ikan',
        'bungkus',
        [
          ['200 g', 18_000],
          ['500 g', 40_000],
        ],
      ],
      ['Ikan Asin Kembung', 'Olahan Ikan', 'bungkus', [['250 g', 30_000]]],
      ['Bakso Ikan Tenggiri Beku', 'Olahan Ikan', 'bungkus', [['500 g', 45_000]]],
      ['Otak-otak Ikan Beku', 'Olahan Ikan', 'bungkus', [['isi 10', 35_000]]],
    ],
  },
  {
    name: 'Rumput Laut Rote Ndao',
    gs1: '51213',
    items: [
      [
        'Keripik Rumput Laut',
        'Makanan Ringan',
        'bungkus',
        [
          ['100 g', 15_000],
          ['200 g', 27_000],
        ],
      ],
      ['Dodol Rumput Laut', 'Makanan Ringan', 'kotak', [['250 g', 30_000]]],
      ['Rumput Laut Kering', 'Hasil Bumi', 'bungkus', [['250 g', 25_000]]],
      ['Stik Rumput Laut', 'Makanan Ringan', 'bungkus', [['150 g', 18_000]]],
    ],
  },
  {
    name: 'Kakao Flores Sikka',
    gs1: '51214',
    items: [
      [
        'Cokelat Batangan Flores Dark 70%',
        'Makanan Ringan',
        'batang',
        [
          ['50 g', 28_000],
          ['100 g', 50_000],
        ],
      ],
      ['Cokelat Batangan Flores Susu', 'Makanan Ringan', 'batang', [['50 g', 25_000]]],
      ['Bubuk Kakao Flores', 'Minuman', 'bungkus', [['200 g', 40_000]]],
      ['Nib Kakao Flores', 'Hasil Bumi', 'bungkus', [['100 g', 35_000]]],
    ],
  },
  {
    name: 'Vanili Flores Ende',
    gs1: null,
    items: [
      [
        'Vanili Polong Kering',
        'Bumbu & Sambal',
        'bungkus',
        [
          ['isi 5', 75_000],
          ['isi 10', 140_000],
        ],
      ],
      ['Ekstrak Vanili Flores', 'Bumbu & Sambal', 'botol', [['30 ml', 55_000]]],
    ],
  },
  {
    name: 'Rempah Timor Mollo',
    gs1: '51215',
    items: [
      [
        'Jahe Merah Instan',
        'Minuman',
        'bungkus',
        [
          ['250 g', 25_000],
          ['500 g', 45_000],
        ],
      ],
      ['Kunyit Asam Instan', 'Minuman', 'bungkus', [['250 g', 22_000]]],
      ['Temulawak Instan', 'Minuman', 'bungkus', [['250 g', 22_000]]],
      ['Serai Wangi Kering', 'Bumbu & Sambal', 'bungkus', [['50 g', 10_000]]],
      ['Kemiri Kupas', 'Bumbu & Sambal', 'bungkus', [['250 g', 20_000]]],
      ['Lada Hitam Timor', 'Bumbu & Sambal', 'bungkus', [['100 g', 25_000]]],
    ],
  },
  {
    name: 'Asam Timor Kefamenanu',
    gs1: '51216',
    items: [
      [
        'Asam Jawa Timor Kupas',
        'Bumbu & Sambal',
        'bungkus',
        [
          ['250 g', 12_000],
          ['500 g', 22_000],
        ],
      ],
      ['Selai Asam Timor', 'Makanan Ringan', 'botol', [['200 g', 28_000]]],
      ['Permen Asam Timor', 'Makanan Ringan', 'bungkus', [['100 g', 12_000]]],
      ['Sirup Asam Timor', 'Minuman', 'botol', [['500 ml', 30_000]]],
    ],
  },
  {
    name: 'Cendana Timor Wangi',
    gs1: '51217',
    items: [
      [
        'Minyak Cendana Timor',
        'Perawatan Diri',
        'botol',
        [
          ['5 ml', 85_000],
          ['10 ml', 160_000],
        ],
      ],
      ['Sabun Cendana', 'Perawatan Diri', 'batang', [['100 g', 25_000]]],
      ['Dupa Cendana', 'Perawatan Diri', 'kotak', [['isi 20', 30_000]]],
      ['Kipas Kayu Cendana', 'Tenun & Kerajinan', 'pcs', [['', 65_000]]],
    ],
  },
  {
    name: 'VCO Kelapa Dara Alor',
    gs1: '51218',
    items: [
      [
        'Minyak Kelapa Murni (VCO)',
        'Perawatan Diri',
        'botol',
        [
          ['100 ml', 30_000],
          ['250 ml', 65_000],
          ['500 ml', 120_000],
        ],
      ],
      [
        'Minyak Kelapa Kampung',
        'Bumbu & Sambal',
        'botol',
        [
          ['600 ml', 35_000],
          ['1 liter', 55_000],
        ],
      ],
      ['Sabun VCO Alor', 'Perawatan Diri', 'batang', [['80 g', 18_000]]],
      [
        'Kenari Alor Kupas',
        'Makanan Ringan',
        'bungkus',
        [
          ['100 g', 35_000],
          ['250 g', 80_000],
        ],
      ],
    ],
  },
  {
    name: 'Keripik Mama Lembata',
    gs1: null,
    items: [
      [
        'Keripik Pisang Kepok',
        'Makanan Ringan',
        'bungkus',
        [
          ['150 g', 12_000],
          ['300 g', 22_000],
        ],
      ],
      ['Keripik Pisang Cokelat', 'Makanan Ringan', 'bungkus', [['150 g', 15_000]]],
      ['Keripik Ubi Ungu', 'Makanan Ringan', 'bungkus', [['150 g', 12_000]]],
      [
        'Keripik Singkong Balado',
        'Makanan Ringan',
        'bungkus',
        [
          ['150 g', 12_000],
          ['300 g', 22_000],
        ],
      ],
      ['Keripik Sukun', 'Makanan Ringan', 'bungkus', [['150 g', 14_000]]],
      ['Kacang Tanah Sangrai', 'Makanan Ringan', 'bungkus', [['200 g', 15_000]]],
    ],
  },
  {
    name: 'Dapur Kue Ina Kupang',
    gs1: null,
    items: [
      [
        'Kue Rambut Kupang',
        'Kue & Roti',
        'toples',
        [
          ['250 g', 35_000],
          ['500 g', 65_000],
        ],
      ],
      ['Kue Kacang Kupang', 'Kue & Roti', 'toples', [['250 g', 40_000]]],
      ['Kue Bawang Kupang', 'Kue & Roti', 'toples', [['250 g', 30_000]]],
      ['Rambut Nenek Rote', 'Kue & Roti', 'bungkus', [['200 g', 25_000]]],
      ['Kue Cincin Gula Lontar', 'Kue & Roti', 'bungkus', [['200 g', 22_000]]],
    ],
  },
  {
    name: 'Minuman Segar Labuan Bajo',
    gs1: '51219',
    items: [
      [
        'Air Mineral Komodo',
        'Minuman',
        'botol',
        [
          ['600 ml', 5_000],
          ['1,5 liter', 9_000],
        ],
      ],
      [
        'Sari Buah Markisa Flores',
        'Minuman',
        'botol',
        [
          ['250 ml', 12_000],
          ['500 ml', 22_000],
        ],
      ],
      ['Sirup Markisa', 'Minuman', 'botol', [['600 ml', 35_000]]],
      ['Sari Jeruk Soe', 'Minuman', 'botol', [['250 ml', 12_000]]],
      ['Teh Serai Madu', 'Minuman', 'botol', [['250 ml', 10_000]]],
      ['Kopi Susu Bajawa Botol', 'Minuman', 'botol', [['250 ml', 18_000]]],
    ],
  },
  {
    name: 'Kacang Hijau dan Kacang Merah Belu',
    gs1: '51220',
    items: [
      [
        'Kacang Hijau Belu',
        'Hasil Bumi',
        'bungkus',
        [
          ['500 g', 16_000],
          ['1 kg', 30_000],
        ],
      ],
      ['Kacang Merah Belu', 'Hasil Bumi', 'bungkus', [['500 g', 20_000]]],
      ['Kacang Turis Timor', 'Hasil Bumi', 'bungkus', [['500 g', 15_000]]],
      ['Kacang Nasi Timor', 'Hasil Bumi', 'bungkus', [['500 g', 18_000]]],
    ],
  },
  {
    name: 'Anyaman Bambu Ngada',
    gs1: null,
    items: [
      ['Bakul Bambu', 'Tenun & Kerajinan', 'pcs', [['', 40_000]]],
      ['Tempat Tisu Bambu', 'Tenun & Kerajinan', 'pcs', [['', 35_000]]],
      ['Sendok Kayu Ukir', 'Tenun & Kerajinan', 'pcs', [['', 15_000]]],
      [
        'Patung Komodo Kayu',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 50_000],
          ['sedang', 125_000],
          ['besar', 350_000],
        ],
      ],
    ],
  },
  {
    name: 'Mutiara Laut Flores',
    gs1: null,
    items: [
      ['Kalung Mutiara Air Laut', 'Tenun & Kerajinan', 'pcs', [['', 450_000]]],
      ['Anting Mutiara', 'Tenun & Kerajinan', 'pasang', [['', 175_000]]],
      ['Gelang Kerang Labuan Bajo', 'Tenun & Kerajinan', 'pcs', [['', 25_000]]],
    ],
  },
  {
    name: 'Tenun Ikat Lio (Ende)',
    gs1: null,
    items: [
      [
        'Kain Tenun Ikat Lio',
        'Tenun & Kerajinan',
        'lembar',
        [
          ['pewarna alam', 1_350_000],
          ['pewarna sintetis', 650_000],
        ],
      ],
      ['Selendang Tenun Lio', 'Tenun & Kerajinan', 'lembar', [['', 200_000]]],
      ['Sarung Tenun Lio', 'Tenun & Kerajinan', 'lembar', [['', 850_000]]],
      [
        'Tas Tenun Lio',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 95_000],
          ['besar', 165_000],
        ],
      ],
      ['Sarung Bantal Tenun Lio', 'Tenun & Kerajinan', 'pcs', [['', 75_000]]],
      ['Peci Tenun Ende', 'Tenun & Kerajinan', 'pcs', [['', 60_000]]],
    ],
  },
  {
    name: 'Kopi Kelimutu Moni (Ende)',
    gs1: '51221',
    items: [
      [
        'Kopi Arabika Kelimutu Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 30_000],
          ['250 g', 65_000],
        ],
      ],
      [
        'Kopi Robusta Kelimutu Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 18_000],
          ['250 g', 40_000],
        ],
      ],
      ['Kopi Jahe Kelimutu Sachet', 'Kopi & Teh', 'kotak', [['isi 10', 25_000]]],
      ['Kopi Kelimutu Biji Peaberry', 'Kopi & Teh', 'bungkus', [['200 g', 85_000]]],
      ['Kopi Kelimutu Cold Brew', 'Minuman', 'botol', [['250 ml', 25_000]]],
    ],
  },
  {
    name: 'Herbal Mama Sumba',
    gs1: '51222',
    items: [
      ['Teh Rosela Sumba', 'Kopi & Teh', 'kotak', [['isi 20 kantong', 28_000]]],
      ['Teh Daun Sirsak', 'Kopi & Teh', 'kotak', [['isi 20 kantong', 25_000]]],
      ['Teh Serai Sumba', 'Kopi & Teh', 'kotak', [['isi 20 kantong', 22_000]]],
      [
        'Minyak Kayu Putih Sumba',
        'Perawatan Diri',
        'botol',
        [
          ['60 ml', 30_000],
          ['120 ml', 55_000],
        ],
      ],
      ['Balsem Kayu Putih', 'Perawatan Diri', 'pot', [['20 g', 20_000]]],
      ['Lulur Beras Kencur', 'Perawatan Diri', 'pot', [['100 g', 35_000]]],
      ['Minyak Urut Kemiri', 'Perawatan Diri', 'botol', [['60 ml', 28_000]]],
    ],
  },
  {
    name: 'Dapur Bumbu Ibu Manggarai',
    gs1: '51223',
    items: [
      [
        'Sambal Roa Labuan Bajo',
        'Bumbu & Sambal',
        'botol',
        [
          ['150 g', 40_000],
          ['250 g', 62_000],
        ],
      ],
      ['Sambal Teri Cabe Hijau', 'Bumbu & Sambal', 'botol', [['150 g', 35_000]]],
      [
        'Sambal Bawang Labuan Bajo',
        'Bumbu & Sambal',
        'botol',
        [
          ['150 g', 28_000],
          ['250 g', 45_000],
        ],
      ],
      ['Bumbu Ikan Kuah Asam', 'Bumbu & Sambal', 'bungkus', [['100 g', 15_000]]],
      ["Bumbu Se'i Instan", 'Bumbu & Sambal', 'bungkus', [['100 g', 18_000]]],
      ['Cabai Rawit Kering Manggarai', 'Bumbu & Sambal', 'bungkus', [['100 g', 22_000]]],
    ],
  },
  {
    name: 'Pangan Lokal Sumba Barat Daya',
    gs1: null,
    items: [
      ['Keripik Talas Sumba', 'Makanan Ringan', 'bungkus', [['150 g', 14_000]]],
      [
        'Emping Jagung',
        'Makanan Ringan',
        'bungkus',
        [
          ['250 g', 18_000],
          ['500 g', 33_000],
        ],
      ],
      ['Marning Jagung Pedas', 'Makanan Ringan', 'bungkus', [['200 g', 15_000]]],
      ['Kerupuk Ubi Sumba', 'Makanan Ringan', 'bungkus', [['250 g', 16_000]]],
      ['Kacang Sembunyi', 'Makanan Ringan', 'bungkus', [['200 g', 18_000]]],
      [
        'Kue Kelapa Kering',
        'Kue & Roti',
        'bungkus',
        [
          ['200 g', 20_000],
          ['400 g', 38_000],
        ],
      ],
    ],
  },
  {
    name: 'Ikan Asap Alor Kenari',
    gs1: '51224',
    items: [
      [
        'Ikan Cakalang Asap',
        'Olahan Ikan',
        'bungkus',
        [
          ['250 g', 40_000],
          ['500 g', 75_000],
        ],
      ],
      ['Ikan Tuna Asap', 'Olahan Ikan', 'bungkus', [['250 g', 45_000]]],
      ['Ikan Julung Asap', 'Olahan Ikan', 'bungkus', [['200 g', 35_000]]],
      [
        'Abon Ikan Cakalang',
        'Olahan Ikan',
        'bungkus',
        [
          ['100 g', 32_000],
          ['250 g', 75_000],
        ],
      ],
      ['Ikan Kering Selar', 'Olahan Ikan', 'bungkus', [['250 g', 28_000]]],
    ],
  },
  {
    name: 'Gerabah Nggela dan Manggarai',
    gs1: null,
    items: [
      ['Gerabah Tempat Air', 'Tenun & Kerajinan', 'pcs', [['', 85_000]]],
      [
        'Vas Bunga Gerabah',
        'Tenun & Kerajinan',
        'pcs',
        [
          ['kecil', 35_000],
          ['besar', 75_000],
        ],
      ],
      ['Periuk Tanah Liat', 'Tenun & Kerajinan', 'pcs', [['', 65_000]]],
      ['Asbak Gerabah Motif Tenun', 'Tenun & Kerajinan', 'pcs', [['', 25_000]]],
    ],
  },
  {
    name: 'Manik-manik Timor Amanuban',
    gs1: null,
    items: [
      ['Kalung Muti Salak', 'Tenun & Kerajinan', 'pcs', [['', 250_000]]],
      ['Gelang Manik Timor', 'Tenun & Kerajinan', 'pcs', [['', 35_000]]],
      ['Gelang Perak Timor', 'Tenun & Kerajinan', 'pcs', [['', 185_000]]],
      ['Anting Manik Timor', 'Tenun & Kerajinan', 'pasang', [['', 30_000]]],
      ['Tas Manik Timor', 'Tenun & Kerajinan', 'pcs', [['', 275_000]]],
    ],
  },
  {
    name: 'Selai dan Sirup Buah Kupang',
    gs1: '51225',
    items: [
      ['Selai Nanas Kupang', 'Makanan Ringan', 'botol', [['200 g', 25_000]]],
      ['Selai Srikaya Kupang', 'Makanan Ringan', 'botol', [['200 g', 28_000]]],
      ['Selai Pisang Kupang', 'Makanan Ringan', 'botol', [['200 g', 22_000]]],
      ['Sirup Jeruk Nipis', 'Minuman', 'botol', [['600 ml', 30_000]]],
      ['Sirup Kedondong', 'Minuman', 'botol', [['600 ml', 30_000]]],
      ['Manisan Pepaya Kering', 'Makanan Ringan', 'bungkus', [['200 g', 18_000]]],
      ['Manisan Mangga Kering', 'Makanan Ringan', 'bungkus', [['200 g', 25_000]]],
    ],
  },
  {
    name: 'Olahan Daging Sapi Timor Kupang',
    gs1: '51226',
    items: [
      ['Sosis Sapi Timor Beku', 'Olahan Daging', 'bungkus', [['500 g', 55_000]]],
      [
        'Bakso Sapi Timor Beku',
        'Olahan Daging',
        'bungkus',
        [
          ['500 g', 60_000],
          ['1 kg', 115_000],
        ],
      ],
      ['Rendang Sapi Timor Kaleng', 'Olahan Daging', 'kaleng', [['250 g', 65_000]]],
      ['Kerupuk Kulit Sapi', 'Makanan Ringan', 'bungkus', [['100 g', 20_000]]],
    ],
  },
  {
    name: 'Kopi Lembah Wae Rebo',
    gs1: '51227',
    items: [
      [
        'Kopi Arabika Wae Rebo Bubuk',
        'Kopi & Teh',
        'bungkus',
        [
          ['100 g', 38_000],
          ['200 g', 72_000],
        ],
      ],
      ['Kopi Robusta Wae Rebo Bubuk', 'Kopi & Teh', 'bungkus', [['200 g', 45_000]]],
      [
        'Kopi Arabika Wae Rebo Biji',
        'Kopi & Teh',
        'bungkus',
        [
          ['250 g', 90_000],
          ['500 g', 170_000],
        ],
      ],
    ],
  },
  {
    name: 'Tepung Lokal Nagekeo',
    gs1: '51228',
    items: [
      [
        'Tepung Ubi Kayu (Mocaf)',
        'Hasil Bumi',
        'bungkus',
        [
          ['500 g', 15_000],
          ['1 kg', 28_000],
        ],
      ],
      ['Tepung Pisang', 'Hasil Bumi', 'bungkus', [['500 g', 22_000]]],
      ['Tepung Jagung Putih', 'Hasil Bumi', 'bungkus', [['500 g', 12_000]]],
      ['Tepung Kelor Campur', 'Kelor', 'bungkus', [['250 g', 25_000]]],
    ],
  },
  {
    name: 'Oleh-oleh Komodo Labuan Bajo',
    gs1: null,
    items: [
      [
        'Kaos Komodo',
        'Pakaian',
        'pcs',
        [
          ['S', 85_000],
          ['M', 85_000],
          ['L', 85_000],
          ['XL', 95_000],
        ],
      ],
      [
        'Kaos Labuan Bajo Motif Songke',
        'Pakaian',
        'pcs',
        [
          ['M', 95_000],
          ['L', 95_000],
        ],
      ],
      ['Topi Komodo', 'Pakaian', 'pcs', [['', 55_000]]],
      ['Tote Bag Tenun Labuan Bajo', 'Tenun & Kerajinan', 'pcs', [['', 75_000]]],
      ['Magnet Kulkas Komodo', 'Tenun & Kerajinan', 'pcs', [['', 20_000]]],
      ['Kartu Pos Labuan Bajo', 'Tenun & Kerajinan', 'set', [['isi 6', 30_000]]],
    ],
  },
];

/** Goods weighed at the counter: price per kg, sold with the scale's weight-embedded label. */
const WEIGHED: readonly (readonly [
  plu: string,
  name: string,
  category: string,
  supplier: string,
  pricePerKg: number,
])[] = [
  ['1001', "Se'i Sapi Curah", 'Olahan Daging', "Se'i Baun (Kupang)", 320_000],
  ['1002', "Se'i Babi Curah", 'Olahan Daging', "Se'i Baun (Kupang)", 280_000],
  ['1003', 'Kacang Mete Curah', 'Makanan Ringan', 'Mete Flores Timur (Larantuka)', 220_000],
  ['1004', 'Ikan Teri Kering Curah', 'Olahan Ikan', 'Ikan Olahan Labuan Bajo Bahari', 120_000],
  ['1005', 'Cumi Kering Curah', 'Olahan Ikan', 'Ikan Olahan Labuan Bajo Bahari', 260_000],
  ['1006', 'Kopi Arabika Bajawa Biji Curah', 'Kopi & Teh', 'Koperasi Kopi Bajawa (Ngada)', 230_000],
  ['1007', 'Beras Merah Curah', 'Hasil Bumi', 'Beras Merah Organik Manggarai', 22_000],
  ['1008', 'Jagung Titi Curah', 'Makanan Ringan', 'Jagung Titi Mama Adonara (Flores Timur)', 70_000],
  ['1009', 'Gula Lontar Curah', 'Hasil Bumi', 'Gula Lontar Sabu Raijua', 55_000],
  ['1010', 'Asam Timor Curah', 'Bumbu & Sambal', 'Asam Timor Kefamenanu', 35_000],
];

/** Goods packed in the shop whose label carries the price (price-embedded barcodes). */
const PRICE_LABELLED: readonly (readonly [
  plu: string,
  name: string,
  category: string,
  supplier: string,
  usualPrice: number,
])[] = [
  ['2001', 'Kue Cucur Gula Lontar (paket)', 'Kue & Roti', 'Dapur Kue Ina Kupang', 15_000],
  ['2002', 'Roti Kompyang Kupang (paket)', 'Kue & Roti', 'Dapur Kue Ina Kupang', 20_000],
  ['2003', 'Kue Lapis Flores (paket)', 'Kue & Roti', 'Dapur Kue Ina Kupang', 25_000],
  ['2004', 'Ikan Bakar Bumbu Rica Beku (paket)', 'Olahan Ikan', 'Ikan Olahan Labuan Bajo Bahari', 45_000],
  ['2005', "Paket Se'i Sapi Iris", 'Olahan Daging', "Se'i Baun (Kupang)", 75_000],
];

function build(): Product[] {
  const products: Product[] = [];
  let inStore = 0;
  for (const producer of PRODUCERS) {
    let item = 0;
    for (const [name, category, unit, variants] of producer.items) {
      for (const [label, price] of variants) {
        item++;
        const barcode =
          producer.gs1 === null
            ? withCheckDigit(`20${String(++inStore).padStart(10, '0')}`)
            : withCheckDigit(`899${producer.gs1}${String(item).padStart(4, '0')}`);
        products.push({
          id: `demo-${String(products.length + 1).padStart(4, '0')}`,
          barcode,
          plu: null,
          name: label ? `${name} ${label}` : name,
          price: rupiah(price),
          soldBy: 'unit',
          supplier: producer.name,
          category,
          unit,
          active: true,
        });
      }
    }
  }
  for (const [plu, name, category, supplier, price] of WEIGHED) {
    products.push({
      id: `demo-${String(products.length + 1).padStart(4, '0')}`,
      barcode: null,
      plu,
      name,
      price: rupiah(price),
      soldBy: 'weight',
      supplier,
      category,
      unit: 'kg',
      active: true,
    });
  }
  for (const [plu, name, category, supplier, price] of PRICE_LABELLED) {
    products.push({
      id: `demo-${String(products.length + 1).padStart(4, '0')}`,
      barcode: null,
      plu,
      name,
      price: rupiah(price),
      soldBy: 'unit',
      supplier,
      category,
      unit: 'paket',
      active: true,
    });
  }
  return products;
}

export const DEMO_CATALOG: readonly Product[] = build();
