// Indonesian personal names by naming tradition. Faker's id_ID locale alone gives Javanese-style
// names only (and some odd ones), while a city such as Medan or Palembang is recognisable by its
// Batak marga or Palembang noble titles; so faker provides the randomness and the "general"
// names, and the lists below provide the regional character.
import type { Faker } from '@faker-js/faker';
import type { NameGroup } from './regions.js';

export type PersonSex = 'MALE' | 'FEMALE';

export interface PersonName {
  name: string;
  /** Whether the H./Hj. (hajj) prefix is plausible for this person. */
  muslim: boolean;
}

const JAVANESE = {
  maleFirst: [
    'Budi', 'Slamet', 'Joko', 'Agus', 'Bambang', 'Sugeng', 'Wahyu', 'Eko', 'Dwi', 'Heru', 'Teguh', 'Hadi', 'Bayu',
    'Adi', 'Yudi', 'Hendro', 'Didik', 'Catur', 'Tri', 'Aris', 'Gunawan', 'Anton', 'Sigit', 'Nanang',
    'Prasetyo', 'Rudi', 'Wawan', 'Dimas', 'Galih', 'Yoga', 'Ari', 'Wisnu', 'Danang', 'Arif', 'Gatot', 'Puji',
  ],
  maleLast: [
    'Santoso', 'Setiawan', 'Prasetyo', 'Nugroho', 'Wibowo', 'Susanto', 'Hartono', 'Suryono', 'Purnomo', 'Widodo',
    'Saputro', 'Raharjo', 'Kurniawan', 'Utomo', 'Sulistyo', 'Wicaksono', 'Pamungkas', 'Riyadi', 'Haryanto',
    'Sutrisno', 'Yulianto', 'Wijayanto', 'Susilo', 'Budiman', 'Hermawan', 'Prabowo', 'Setyawan', 'Kuncoro',
    'Darmawan', 'Triyono', 'Supriyadi', 'Mulyono', 'Handoko', 'Rahardjo', 'Adi Nugroho', 'Wahyudi',
  ],
  maleSingle: ['Suparman', 'Sutrisno', 'Sumarno', 'Suyanto', 'Sugiarto', 'Parno', 'Sukirman', 'Mulyadi', 'Supardi', 'Karyono'],
  femaleFirst: [
    'Sri', 'Endang', 'Retno', 'Dewi', 'Rini', 'Wulan', 'Tri', 'Yuni', 'Siti', 'Ratna', 'Indah', 'Ayu', 'Dyah',
    'Kartika', 'Puji', 'Eny', 'Wahyu', 'Lestari', 'Tutik', 'Titik', 'Nining', 'Astuti', 'Dwi', 'Novi', 'Rina',
    'Ika', 'Anik', 'Erna', 'Ninik', 'Sulis', 'Rahayu', 'Diah', 'Fitri', 'Hesti', 'Winarti',
  ],
  femaleLast: [
    'Wahyuni', 'Lestari', 'Wulandari', 'Rahayu', 'Handayani', 'Purwaningsih', 'Sulistyowati', 'Astuti', 'Rahmawati',
    'Susanti', 'Kusumawati', 'Setyaningsih', 'Maharani', 'Utami', 'Pratiwi', 'Widyastuti', 'Nurhayati', 'Mulyani',
    'Hartati', 'Ningsih', 'Suryani', 'Wijayanti', 'Setyowati', 'Puspitasari', 'Indriyani', 'Kurniasih', 'Rahmani',
    'Yuliani', 'Permatasari', 'Anggraeni', 'Hidayati', 'Sulistyaningsih', 'Mardiyah',
  ],
  femaleSingle: ['Sulastri', 'Sumarni', 'Suparti', 'Suprihatin', 'Sumiyati', 'Suwarni', 'Tukinem', 'Painah', 'Ngatini'],
};

const SUNDANESE = {
  maleFirst: [
    'Asep', 'Ujang', 'Dede', 'Cecep', 'Dadang', 'Deden', 'Encep', 'Iwan', 'Ade', 'Agus', 'Yayat', 'Endang', 'Aang',
    'Dadan', 'Jajang', 'Usep', 'Wawan', 'Yana', 'Yayan', 'Rahmat', 'Hendra', 'Dedi', 'Acep', 'Undang', 'Engkos',
    'Maman', 'Oman', 'Ruslan', 'Rudi', 'Ayi', 'Enjang', 'Didin', 'Ahmad', 'Uus',
  ],
  maleLast: [
    'Sunarya', 'Permana', 'Sudrajat', 'Supriatna', 'Hidayat', 'Setiadi', 'Kurniawan', 'Saepudin', 'Suherman',
    'Gunawan', 'Ruhiyat', 'Sumpena', 'Mulyana', 'Nurdin', 'Sopian', 'Hermawan', 'Wiradinata', 'Rukmana', 'Somantri',
    'Kusnadi', 'Firmansyah', 'Ramdani', 'Maulana', 'Suryadi', 'Sukmana', 'Jaelani', 'Hermansyah', 'Rusmana',
    'Kartiwa', 'Sobari', 'Hamdani', 'Sutisna', 'Suganda', 'Nugraha', 'Saputra',
  ],
  femaleFirst: [
    'Euis', 'Neneng', 'Iis', 'Imas', 'Enok', 'Cucu', 'Eneng', 'Yeni', 'Lilis', 'Nining', 'Nunung', 'Ai', 'Elis',
    'Tuti', 'Ika', 'Rina', 'Wida', 'Resti', 'Pipit', 'Nenden', 'Teti', 'Dewi', 'Rini', 'Lina', 'Siti', 'Nia',
    'Yuyun', 'Ani', 'Titin', 'Neni', 'Enung', 'Leni', 'Fitri',
  ],
  femaleLast: [
    'Nurhasanah', 'Rahmawati', 'Sumiati', 'Suryani', 'Marlina', 'Komalasari', 'Mulyati', 'Hasanah', 'Nurjanah',
    'Kurniasih', 'Rosita', 'Juariah', 'Apriliani', 'Susilawati', 'Herlina', 'Sulastri', 'Fitriani', 'Maryani',
    'Nurlaela', 'Rohaeti', 'Kuraesin', 'Hendrayani', 'Rostiani', 'Yulianti', 'Purnamasari', 'Sundari', 'Setiawati',
    'Agustina', 'Sumarni', 'Sopiah', 'Mardiana',
  ],
};

const BATAK = {
  maleGiven: [
    'Robert', 'Daniel', 'Benny', 'Parlindungan', 'Hotman', 'Tumpal', 'Maruli', 'Bonar', 'Jonner', 'Sahat', 'Togar',
    'Ronald', 'Rinto', 'Lamhot', 'Binsar', 'Martua', 'Poltak', 'Jansen', 'Hendrik', 'Frans', 'Saut', 'Marihot',
    'Juliper', 'Bernard', 'Roy', 'Tigor', 'Henri', 'Halomoan', 'Jhonson', 'Agus', 'Fernando', 'Sabar', 'Pardamean',
    'Edison', 'Gomgom', 'Mangapul',
  ],
  femaleGiven: [
    'Rosmawati', 'Dameria', 'Lasma', 'Tiurma', 'Romauli', 'Nurmaida', 'Rotua', 'Sondang', 'Rina', 'Melva', 'Debora',
    'Yohana', 'Hotmaida', 'Lenny', 'Friska', 'Rosdiana', 'Ruth', 'Mariani', 'Sartika', 'Erlina', 'Tetty', 'Lestari',
    'Hotnida', 'Rosmery', 'Juliana', 'Imelda', 'Nova', 'Christina', 'Tiolina', 'Roida', 'Masniari', 'Evalina',
  ],
  maleSecond: ['Sahala', 'Tua', 'Hasudungan', 'Parulian', 'Mangatur', 'Halomoan', 'Pardomuan', 'Hamonangan'],
  femaleSecond: ['Uli', 'Maria', 'Rohani', 'Dame', 'Lasmaria', 'Tiur', 'Romaito', 'Hotma'],
  // Toba, Karo and Simalungun marga (mostly Christian).
  marga: [
    'Simanjuntak', 'Situmorang', 'Sitompul', 'Panjaitan', 'Hutagalung', 'Siahaan', 'Manurung', 'Sinaga', 'Simatupang',
    'Pardede', 'Sianturi', 'Tampubolon', 'Nainggolan', 'Silalahi', 'Pasaribu', 'Napitupulu', 'Sihombing', 'Purba',
    'Saragih', 'Damanik', 'Ginting', 'Tarigan', 'Sembiring', 'Sitepu', 'Perangin-angin', 'Hutapea', 'Marpaung',
    'Gultom', 'Sirait', 'Butarbutar', 'Simbolon', 'Siregar', 'Sibarani', 'Lumbantobing', 'Hutauruk', 'Pakpahan',
  ],
  // Mandailing and Angkola marga (mostly Muslim).
  margaMandailing: ['Lubis', 'Nasution', 'Harahap', 'Siregar', 'Hasibuan', 'Daulay', 'Rangkuti', 'Batubara', 'Pulungan', 'Ritonga', 'Matondang', 'Tanjung', 'Parinduri', 'Dalimunthe'],
};

const MUSLIM = {
  maleFirst: ['Muhammad', 'Ahmad', 'Abdul', 'M.', 'Mohamad', 'Moh.', 'Ali', 'Ilham', 'Rizki', 'Fajar', 'Arif', 'Hasan', 'Ridwan', 'Faisal', 'Yusuf', 'Ikhsan', 'Fikri', 'Syahrul', 'Irfan', 'Hamzah'],
  maleSecond: [
    'Rizki', 'Fauzi', 'Rahman', 'Hakim', 'Iqbal', 'Ridwan', 'Hidayatullah', 'Syaifullah', 'Faisal', 'Arifin',
    'Rasyid', 'Ilham', 'Nurdin', 'Yusuf', 'Hasanuddin', 'Syahrul', 'Lutfi', 'Hamdani', 'Zakaria', 'Fadhil',
    'Mubarak', 'Ghozali', 'Mahfud', 'Ikhsan', 'Aziz', 'Fikri', 'Ramadhan', 'Firmansyah', 'Nasrullah', 'Sholeh',
    'Zulfikar', 'Khoirul Anam', 'Fathoni', 'Habibi', 'Hidayat',
  ],
  femaleFirst: ['Siti', 'Nur', 'Nurul', 'Fatimah', 'Aisyah', 'Annisa', 'Khairunnisa', 'Rahmah', 'Zahra', 'Laila', 'Dewi', 'Sri', 'Hana', 'Rizka', 'Fitri', 'Nadia', 'Aulia', 'Ulfa', 'Husna', 'Latifah'],
  femaleSecond: [
    'Aminah', 'Hidayah', 'Rahmawati', 'Fauziah', 'Maryam', 'Khadijah', 'Hasanah', 'Sholihah', 'Azizah', 'Mardiyah',
    'Nurjanah', 'Zahra', 'Fitriani', 'Ramadhani', 'Kamila', 'Syafitri', 'Mutmainah', 'Handayani', 'Nuraini',
    'Insani', 'Amalia', 'Rahmi', 'Safitri', 'Masruroh', 'Rohmah', 'Umami', 'Zulaikha', 'Maulida', 'Izzati',
  ],
};

const MALAY = {
  malePrefix: [
    { value: '', weight: 80 },
    { value: 'Raja ', weight: 8 },
    { value: 'Tengku ', weight: 4 },
    { value: 'Wan ', weight: 4 },
    { value: 'Said ', weight: 4 },
  ],
  femalePrefix: [
    { value: '', weight: 84 },
    { value: 'Raja ', weight: 6 },
    { value: 'Tengku ', weight: 4 },
    { value: 'Wan ', weight: 3 },
    { value: 'Syarifah ', weight: 3 },
  ],
  male: [
    'Ahmad', 'Zulkifli', 'Syahrial', 'Azhar', 'Zainal', 'Rusli', 'Hamdan', 'Jamaluddin', 'Saparudin', 'Khairul',
    'Firdaus', 'Amran', 'Hasan', 'Ismail', 'Syamsul', 'Nurdin', 'Azwar', 'Fadli', 'Rizal', 'Hendri', 'Muhammad',
    'Zulhendri', 'Syafrizal', 'Abdul Rahman', 'Marzuki', 'Ridho', 'Arbain', 'Junaidi', 'Herman', 'Syahrizal', 'Yusri',
  ],
  maleSecond: ['Syahputra', 'Hamzah', 'Ibrahim', 'Abdullah', 'Rahman', 'Azmi', 'Effendi', 'Saleh', 'Yahya', 'Hasyim', 'Bakar', 'Daud', 'Idris', 'Harun', 'Amin', 'Basri', 'Sulaiman'],
  female: [
    'Nurhayati', 'Zubaidah', 'Rosnah', 'Rahmah', 'Siti Aisyah', 'Fauziah', 'Juliana', 'Nurlela', 'Hasnah', 'Zaleha',
    'Maimunah', 'Rohani', 'Norma', 'Halimah', 'Salmah', 'Masitah', 'Azizah', 'Noraini', 'Suriani', 'Zuraida',
    'Rosmiati', 'Nurbaiti', 'Yusnidar', 'Zaitun', 'Asmah', 'Khadijah', 'Rafidah', 'Mastura', 'Suzana', 'Nurmala',
  ],
  femaleSecond: ['Hanum', 'Sari', 'Rahmah', 'Fitri', 'Yanti', 'Aini', 'Suryani', 'Zahara', 'Hasanah', 'Dewi', 'Wati'],
};

const PALEMBANG = {
  // Palembang's noble titles are part of the official name and usually abbreviated.
  malePrefix: [
    { value: '', weight: 72 },
    { value: 'Mgs. ', weight: 8 },
    { value: 'Kms. ', weight: 8 },
    { value: 'Kgs. ', weight: 6 },
    { value: 'R. ', weight: 6 },
  ],
  femalePrefix: [
    { value: '', weight: 76 },
    { value: 'Nyimas ', weight: 8 },
    { value: 'Nyayu ', weight: 6 },
    { value: 'Msy. ', weight: 6 },
    { value: 'R.A. ', weight: 4 },
  ],
  male: [
    'Ahmad', 'Muhammad', 'M.', 'Abdul', 'Syarifuddin', 'Zulkifli', 'Hendra', 'Iskandar', 'Fachrudin', 'Herman',
    'Darmawan', 'Rusdi', 'Ferry', 'Andika', 'Yudi', 'Arief', 'Taufik', 'Amiruddin', 'Edi', 'Hendri', 'Firmansyah',
    'Syamsul', 'Mukhtar', 'Rizal', 'Agus', 'Husin', 'Zainal', 'Yusuf', 'Alwi', 'Anwar',
  ],
  maleSecond: ['Syukri', 'Hasan', 'Alamsyah', 'Saputra', 'Syahputra', 'Fikri', 'Hidayat', 'Rahman', 'Zainal', 'Effendi', 'Arifin', 'Sanusi', 'Fauzan', 'Umar', 'Maulana', 'Rivai', 'Hamid', 'Zuhri'],
  female: [
    'Yusnita', 'Nurhasanah', 'Meliyana', 'Erna', 'Yulia', 'Reni', 'Herawati', 'Nurlaila', 'Elvira', 'Fitriyani', 'Desi',
    'Yusnaini', 'Rosmala', 'Lisnawati', 'Kartini', 'Novita', 'Eka', 'Maya', 'Marlina', 'Yuliana', 'Hartini',
    'Nurbaya', 'Ayu', 'Rita', 'Susilawati', 'Anita', 'Zuraidah', 'Mardiana', 'Yenny', 'Rosita',
  ],
  femaleSecond: ['Sari', 'Yanti', 'Dewi', 'Wati', 'Anggraini', 'Oktaviani', 'Damayanti', 'Puspita', 'Rahmawati', 'Apriani', 'Utami', 'Febriyanti'],
};

// Given names common across the country today. Faker's id_ID first names are mostly archaic
// Javanese words (some of them odd as names), so faker supplies only the family-style names here.
const GENERAL = {
  male: [
    'Andi', 'Rizky', 'Fajar', 'Dimas', 'Yoga', 'Reza', 'Hendra', 'Irfan', 'Bayu', 'Aditya', 'Rian', 'Taufik', 'Fadli',
    'Ilham', 'Kevin', 'Randy', 'Ferdy', 'Galih', 'Arief', 'Aldi', 'Rendy', 'Dicky', 'Teguh', 'Yudha', 'Agung', 'Dani',
    'Fikri', 'Rizal', 'Adi', 'Gilang', 'Angga', 'Bima', 'Eko', 'Hari', 'Yusuf', 'Doni', 'Indra', 'Wahyu',
  ],
  female: [
    'Putri', 'Dian', 'Indah', 'Ayu', 'Novita', 'Rina', 'Fitri', 'Desi', 'Maya', 'Nadia', 'Citra', 'Ratna', 'Yulia',
    'Mega', 'Sinta', 'Anggi', 'Lina', 'Winda', 'Vina', 'Rika', 'Tiara', 'Dewi', 'Intan', 'Siska', 'Febri', 'Devi',
    'Wulan', 'Nia', 'Eka', 'Mutiara', 'Anisa', 'Ratih', 'Sari', 'Yuliana', 'Kartika', 'Melati',
  ],
};

// Faker's id_ID family names that read oddly on an official document.
const UNLIKELY_LAST_NAMES = new Set(['Namaga', 'Usada', 'Usamah', 'Kahyang', 'Hassanah', 'Amanta', 'Fathina', 'Uyainah']);

function pick<T>(f: Faker, values: readonly T[]): T {
  return f.helpers.arrayElement(values);
}

function twoDistinct(f: Faker, first: readonly string[], second: readonly string[]): string {
  const a = pick(f, first);
  let b = pick(f, second);
  // "Ridwan Ridwan" is not a name; draw again (the lists differ enough that this ends fast).
  while (b === a) b = pick(f, second);
  return `${a} ${b}`;
}

function fakerLastName(f: Faker, sex: PersonSex, not: string): string {
  for (;;) {
    const name = f.person.lastName(sex === 'MALE' ? 'male' : 'female');
    if (name !== not && !UNLIKELY_LAST_NAMES.has(name)) return name;
  }
}

export function personName(f: Faker, group: NameGroup, sex: PersonSex): PersonName {
  const male = sex === 'MALE';
  switch (group) {
    case 'JAVANESE': {
      const single = f.number.float({ min: 0, max: 1 }) < 0.12;
      const name = single
        ? pick(f, male ? JAVANESE.maleSingle : JAVANESE.femaleSingle)
        : twoDistinct(f, male ? JAVANESE.maleFirst : JAVANESE.femaleFirst, male ? JAVANESE.maleLast : JAVANESE.femaleLast);
      return { name, muslim: f.number.float({ min: 0, max: 1 }) < 0.85 };
    }
    case 'SUNDANESE':
      return {
        name: twoDistinct(f, male ? SUNDANESE.maleFirst : SUNDANESE.femaleFirst, male ? SUNDANESE.maleLast : SUNDANESE.femaleLast),
        muslim: true,
      };
    case 'BATAK': {
      if (f.number.float({ min: 0, max: 1 }) < 0.3) {
        // Mandailing/Angkola: Muslim given names with a marga.
        const given = twoDistinct(f, male ? MUSLIM.maleFirst : MUSLIM.femaleFirst, male ? MUSLIM.maleSecond : MUSLIM.femaleSecond);
        return { name: `${given} ${pick(f, BATAK.margaMandailing)}`, muslim: true };
      }
      let given = pick(f, male ? BATAK.maleGiven : BATAK.femaleGiven);
      if (f.number.float({ min: 0, max: 1 }) < 0.3) given += ` ${pick(f, male ? BATAK.maleSecond : BATAK.femaleSecond)}`;
      // Women keep their father's marga, often written with "br." (boru) in official records.
      const boru = !male && f.number.float({ min: 0, max: 1 }) < 0.35 ? 'br. ' : '';
      return { name: `${given} ${boru}${pick(f, BATAK.marga)}`, muslim: false };
    }
    case 'MALAY': {
      const prefix = f.helpers.weightedArrayElement(male ? MALAY.malePrefix : MALAY.femalePrefix);
      const given = pick(f, male ? MALAY.male : MALAY.female);
      const withSecond = f.number.float({ min: 0, max: 1 }) < (male ? 0.65 : 0.4);
      let name = given;
      if (withSecond) {
        let second = pick(f, male ? MALAY.maleSecond : MALAY.femaleSecond);
        while (second === given) second = pick(f, male ? MALAY.maleSecond : MALAY.femaleSecond);
        name = `${given} ${second}`;
      }
      return { name: `${prefix}${name}`, muslim: true };
    }
    case 'PALEMBANG': {
      const prefix = f.helpers.weightedArrayElement(male ? PALEMBANG.malePrefix : PALEMBANG.femalePrefix);
      const name = twoDistinct(f, male ? PALEMBANG.male : PALEMBANG.female, male ? PALEMBANG.maleSecond : PALEMBANG.femaleSecond);
      return { name: `${prefix}${name}`, muslim: true };
    }
    case 'MUSLIM':
      return {
        name: twoDistinct(f, male ? MUSLIM.maleFirst : MUSLIM.femaleFirst, male ? MUSLIM.maleSecond : MUSLIM.femaleSecond),
        muslim: true,
      };
    case 'GENERAL': {
      const first = pick(f, male ? GENERAL.male : GENERAL.female);
      return { name: `${first} ${fakerLastName(f, sex, first)}`, muslim: f.number.float({ min: 0, max: 1 }) < 0.75 };
    }
  }
}
