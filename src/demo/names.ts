/** Swedish-looking name parts for generated people and units. Common names, none tied to a real person. */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const firstNames = words(`
  Anna Eva Maria Karin Sara Lena Kristina Emma Ingrid Malin Sofia Hanna Linnéa Elin Ida Johanna Camilla Frida
  Åsa Ulrika Annika Helena Cecilia Therese Jenny Louise Matilda Agnes Astrid Märta Elsa Maja Saga Tove Lovisa
  Amira Leila Nour Fatima Yasmin Erik Lars Karl Anders Johan Per Mikael Nils Jan Olof Magnus Fredrik Henrik
  Daniel Mattias Jonas Gustav Oskar Viktor Axel Björn Göran Håkan Stefan Tobias Emil Hugo Elias Ali Omar Ahmed
  Mohammed Adam Isak Ludvig Sven Åke Jörgen Mats Pontus
`);

export const lastNames = words(`
  Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson
  Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg
  Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson
  Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
  Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist
  Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
  Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hosseini Mohammadi Yilmaz Nguyen
`);

/** Place-name stems, e.g. "Björk" in "Björkdalen". */
export const placeStems = words(`
  Björk Ek Lind Sjö Berg Ängs Gran Tall Alm Asp Hassel Rönn Sol Mal Kvarn Lövs Strand Skogs Myr Hag Tor Vret
  Rosen Lilje Ros Fors Klippe Sten Mos Gärd Bäck Kyrk Tran Svan Falk Hjort Örn Ugg Lo Räv
`);

/** Place-name endings as `definite/compound`: "Björkdalen" alone, "Björkdalsskolan" in a compound. */
export const placeEndings = words(`
  dalen/dals backen/backs ängen/ängs viken/viks holmen/holms torp/torps hagen/hags lunda/lunda gården/gårds
  höjden/höjds sätra/sätra by/by sta/sta vreten/vrets udden/udds liden/lids näs/näs skogen/skogs berga/berga
  bo/bo
`).map((pair) => {
  const [definite = pair, compound = pair] = pair.split("/");
  return { definite, compound };
});
