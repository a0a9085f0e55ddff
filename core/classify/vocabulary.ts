// The classifier's curated knowledge: how shoppers and shops name common consumer goods, mapped
// to the schedule's headings. This is source (edited by hand, reviewed like code); the generator
// (scripts/gen-classifier.ts, `npm run gen:classifier`) checks every code against the schedule and
// bakes these tables into core/classify/index.generated.ts. Nothing here is fitted to single
// listings: each line states how the Harmonized System classifies a kind of product in general
// (the heading texts, their section and chapter notes, and the usual reading of them), written
// from general knowledge of the schedule; where a word is ambiguous it points at several
// headings with lower weights and the schedule's own text decides among them.
//
// Format of an entry: [phrases, targets].
// - phrases: '|'-separated words or word sequences as a title, a category path or an attribute
//   states them (plurals and British spellings fold: "earrings" matches "earring").
// - targets: space-separated codes (a 4-digit heading, or a 6- or 8-digit subheading that also
//   steers the choice of the 10-digit line) with an optional weight after a colon (default 1).

export type VocabularyEntry = readonly [phrases: string, targets: string];

/** Chapter titles of the Harmonized System (short forms); they give every heading its chapter's scope words. */
export const CHAPTER_TITLES: Record<string, string> = {
  '01': 'live animals',
  '02': 'meat and edible meat offal',
  '03': 'fish crustaceans seafood',
  '04': 'dairy produce eggs honey',
  '05': 'products of animal origin',
  '06': 'live trees plants flowers',
  '07': 'edible vegetables',
  '08': 'edible fruit nuts',
  '09': 'coffee tea spices',
  '10': 'cereals',
  '11': 'milling products flour starch',
  '12': 'oil seeds seeds plants',
  '13': 'gums resins',
  '14': 'vegetable plaiting materials',
  '15': 'fats oils',
  '16': 'preparations of meat fish',
  '17': 'sugars confectionery candy',
  '18': 'cocoa chocolate',
  '19': 'preparations of cereals bakery',
  '20': 'preparations of vegetables fruit',
  '21': 'miscellaneous edible preparations',
  '22': 'beverages spirits vinegar',
  '23': 'food residues animal fodder',
  '24': 'tobacco',
  '25': 'salt sulfur earths stone',
  '26': 'ores slag ash',
  '27': 'mineral fuels oils',
  '28': 'inorganic chemicals',
  '29': 'organic chemicals',
  '30': 'pharmaceutical products',
  '31': 'fertilizers',
  '32': 'tanning dyeing extracts paints inks',
  '33': 'essential oils perfumery cosmetic toilet preparations',
  '34': 'soap washing waxes candles',
  '35': 'albuminoidal glues enzymes',
  '36': 'explosives fireworks matches',
  '37': 'photographic cinematographic goods',
  '38': 'miscellaneous chemical products',
  '39': 'plastics and articles thereof',
  '40': 'rubber and articles thereof',
  '41': 'raw hides skins leather',
  '42': 'articles of leather handbags travel goods',
  '43': 'furskins artificial fur',
  '44': 'wood and articles of wood',
  '45': 'cork',
  '46': 'basketware wickerwork',
  '47': 'pulp of wood',
  '48': 'paper paperboard articles',
  '49': 'printed books pictures',
  '50': 'silk',
  '51': 'wool animal hair',
  '52': 'cotton',
  '53': 'vegetable textile fibers',
  '54': 'man-made filaments',
  '55': 'man-made staple fibers',
  '56': 'wadding felt twine cordage rope',
  '57': 'carpets textile floor coverings',
  '58': 'special woven fabrics lace embroidery',
  '59': 'coated textile fabrics',
  '60': 'knitted crocheted fabrics',
  '61': 'apparel clothing knitted crocheted',
  '62': 'apparel clothing not knitted woven',
  '63': 'made up textile articles',
  '64': 'footwear shoes',
  '65': 'headgear hats',
  '66': 'umbrellas walking sticks',
  '67': 'feathers artificial flowers human hair wigs',
  '68': 'articles of stone plaster cement',
  '69': 'ceramic products',
  '70': 'glass and glassware',
  '71': 'pearls precious stones metals jewelry',
  '72': 'iron and steel',
  '73': 'articles of iron or steel',
  '74': 'copper',
  '75': 'nickel',
  '76': 'aluminum',
  '78': 'lead',
  '79': 'zinc',
  '80': 'tin',
  '81': 'other base metals',
  '82': 'tools cutlery of base metal',
  '83': 'miscellaneous articles of base metal',
  '84': 'machinery mechanical appliances computers',
  '85': 'electrical machinery equipment electronics',
  '86': 'railway',
  '87': 'vehicles cars bicycles',
  '88': 'aircraft drones',
  '89': 'ships boats',
  '90': 'optical photographic measuring medical instruments',
  '91': 'clocks watches',
  '92': 'musical instruments',
  '93': 'arms ammunition',
  '94': 'furniture bedding lamps lighting',
  '95': 'toys games sports equipment',
  '96': 'miscellaneous manufactured articles',
  '97': 'works of art antiques',
};

/** Product words (titles, category paths, attributes) to headings. */
export const VOCABULARY: readonly VocabularyEntry[] = [
  // --- Jewelry (71): imitation jewelry of base metal or plastics is 7117; of precious metal 7113.
  ['jewelry|fashion jewelry|costume jewelry|jewelry set|jewelry making|jewelry finding', '7117 7113:0.5'],
  ['earring|ear stud|stud earring|hoop earring|drop earring|ear cuff|ear clip|ear jacket', '7117 7113:0.5'],
  ['necklace|choker|pendant|charm|locket|chain necklace', '7117 7113:0.5'],
  ['bracelet|bangle|anklet|cuff bracelet|charm bracelet', '7117 7113:0.5'],
  ['ring|finger ring|wedding band|engagement ring|couple ring', '7117:0.7 7113:0.4'],
  ['brooch|lapel pin|hairpin jewelry|body jewelry|body chain|nose ring|belly ring|piercing|septum|tongue ring|lip ring', '7117 7113:0.4'],
  ['cufflink|cuff link|tie clip|tie bar', '7117.11 7113:0.3'],
  ['fine jewelry', '7113'],
  ['pearl|freshwater pearl|cultured pearl', '7116:0.6 7101:0.5 7117:0.3'],
  [
    'gemstone|natural stone|healing crystal|crystal stone|jade|agate|amethyst|quartz crystal|turquoise|obsidian|tourmaline|tiger eye|lapis|moonstone|opal',
    '7116 7103:0.6',
  ],
  ['loose gemstone|loose stone|cabochon', '7103 7104:0.5'],
  ['diamond', '7113:0.5 7102:0.5'],
  ['moissanite|lab grown diamond|cubic zirconia|zircon', '7113:0.4 7104:0.4 7117:0.3'],
  ['rhinestone|glass bead|seed bead|crystal bead|imitation pearl|faux pearl', '7018 7117:0.5'],
  // loose beads go by their material: plastics (3926), glass (7018), stones (7116); strung into jewelry, 7117
  ['bead|beads|spacer bead|loose bead|silicone bead|acrylic bead|wooden bead|focal bead', '3926:0.6 7018:0.6 7117:0.4 7116:0.3'],
  ['precious metal|silver bar|gold bar|bullion', '7106:0.5 7108:0.5'],
  ['jewelry box|jewelry case|jewelry organizer|jewelry storage', '4202'],

  // --- Watches and clocks (91); smart watches are communication apparatus (8517).
  ['watch|quartz watch|mechanical watch|automatic watch|men watch|women watch|digital watch|sports watch|pocket watch', '9102 9101:0.3'],
  ['smart watch|smartwatch|fitness tracker|smart band|activity tracker|smart bracelet', '8517 9102:0.4'],
  ['watch band|watch strap|watchband|watch bracelet|watch belt', '9113'],
  ['watch part|watch movement|watch case|watch crown|watch glass|watch tool|watch repair|watch dial|watch hand', '9114 9108:0.5 9111:0.5'],
  ['clock|wall clock|alarm clock|desk clock|table clock|cuckoo clock', '9105 9103:0.4'],
  ['clock movement|clock mechanism', '9109 9114:0.5'],
  ['stopwatch|timer', '9106 9102:0.3'],

  // --- Wigs, hair, artificial flowers (67) and hair accessories (96).
  [
    'wig|lace front|lace front wig|lace wig|full lace|closure wig|bob wig|cosplay wig|synthetic wig|human hair wig|frontal wig|glueless wig|headband wig|u part wig|wig cap',
    '6704',
  ],
  ['hair extension|hair bundle|bundles|weave|weft|ponytail|hairpiece|toupee|topper|braiding hair|crochet hair|bang|fringe|hair bun|chignon', '6704 6703:0.5'],
  ['human hair|remy hair|virgin hair|brazilian hair', '6704.20 6703:0.4'],
  ['synthetic hair|heat resistant fiber|kanekalon', '6704.19 6704.11:0.5'],
  ['eyelash|false eyelash|lash|eyelash extension|lashes|mink lashes|lash cluster|eyebrow', '6704 3304:0.3'],
  [
    'artificial flower|fake flower|silk flower|artificial plant|fake plant|artificial rose|bouquet|artificial grass|faux flower|garland flower|dried flower',
    '6702 0603:0.3',
  ],
  ['feather|feathers|down feather', '6701 0505:0.5'],
  ['hair clip|hair claw|hairpin|hair pin|barrette|bobby pin|hair slide|hair grip|hair accessories|hair comb|hair stick', '9615'],
  ['headband|hairband|hair band|scrunchie|hair tie|hair ring|elastic hair', '9615:0.7 6117:0.7 6217:0.3'],
  ['comb|hair brush|hairbrush', '9615:0.7 9603:0.7'],

  // --- Hats and headgear (65).
  ['hat|cap|baseball cap|beanie|bucket hat|sun hat|knitted hat|winter hat|beret|fedora|trucker hat|visor|balaclava|snapback|cowboy hat', '6505 6504:0.5'],
  ['straw hat|panama hat', '6504'],
  ['helmet|bike helmet|cycling helmet|motorcycle helmet|safety helmet|hard hat|ski helmet', '6506'],

  // --- Apparel (61 knitted or crocheted, 62 not knitted); men's and women's headings are
  // split by the gender words (GENDERED below).
  ['clothing|apparel|clothes|garment|outfit|wear', '6109:0.3 6110:0.3 6204:0.3 6104:0.3 6211:0.2'],
  ['tshirt|t shirt|tank top|tank|camisole|vest top|undershirt|crop top|cami|sleeveless top|graphic tee|short sleeve top', '6109'],
  ['top|tops|tee shirt', '6109:0.5 6106:0.4 6206:0.4'],
  ['polo|polo shirt', '6105 6106 6109:0.4'],
  ['sweater|pullover|cardigan|jumper|knitwear|hoodie|hooded|sweatshirt|fleece|turtleneck|knit top|knitted sweater', '6110'],
  [
    'dress|sundress|maxi dress|midi dress|mini dress|gown|evening dress|party dress|wedding dress|bodycon|slip dress|prom dress|bridesmaid dress|cocktail dress|qipao|cheongsam',
    '6104 6204',
  ],
  ['skirt|mini skirt|pleated skirt|maxi skirt', '6104 6204'],
  [
    'pants|pant|trousers|trouser|jeans|jean|denim|leggings|legging|joggers|jogger|sweatpants|shorts|culottes|overalls|capri|cargo pants|yoga pants|flare pants|wide leg',
    '6104 6204 6103 6203',
  ],
  ['jeans|denim pants|denim jeans|denim shorts', '6204.62 6203.42 6204 6203'],
  [
    'jacket|coat|parka|windbreaker|anorak|down jacket|puffer|overcoat|trench coat|raincoat|bomber|outerwear|ski jacket|fleece jacket|varsity jacket',
    '6202 6201 6102 6101',
  ],
  ['blazer|suit jacket|sport coat', '6204 6203'],
  ['suit|tuxedo|suit set|pant suit|co ord', '6204 6203 6104 6103'],
  ['shirt|blouse|button down|button up|dress shirt|flannel shirt|chiffon blouse|tunic', '6206 6205 6106 6105'],
  ['swimsuit|swimwear|bikini|swim trunk|swimming trunk|one piece swimsuit|beachwear|tankini|swim short|board short|bathing suit|rash guard', '6112 6211'],
  ['pajama|pyjama|pajamas|sleepwear|nightgown|nightdress|nightie|robe|bathrobe|loungewear|sleep set|homewear|nightwear', '6108 6107 6208 6207'],
  ['underwear|panty|panties|brief|boxer|boxers|thong|knicker|lingerie|g string|intimates|underpants|boxer brief', '6108 6107 6212:0.3'],
  ['bra|bralette|brassiere|sports bra|push up|corset|bustier|shapewear|body shaper|girdle|waist trainer|waist cincher|suspender|garter', '6212'],
  ['sock|socks|stocking|stockings|tights|pantyhose|hosiery|leg warmer|ankle sock|compression sock|fishnet', '6115'],
  ['glove|gloves|mitten|mittens|fingerless glove', '6116 6216 4203:0.5'],
  ['leather glove', '4203.29 4203'],
  ['scarf|scarves|shawl|stole|pashmina|bandana|neck gaiter|snood|muffler|veil|hijab|headscarf|turban', '6117 6214'],
  ['tie|necktie|bow tie|bowtie|cravat', '6215 6117:0.4'],
  ['baby clothing|baby clothes|romper|onesie|bodysuit|infant|newborn|toddler clothing|bib', '6111 6209'],
  ['tracksuit|track suit|sweatsuit|jogging suit|ski suit|sportswear set|activewear', '6112 6211'],
  ['jumpsuit|playsuit|overall|romper women|bodysuit women|leotard|unitard', '6114 6104 6211'],
  ['costume|cosplay|halloween costume|dress up|uniform|fancy dress|mascot', '9505:0.6 6114:0.6 6211:0.6 6104:0.3'],
  ['apron|smock|work clothes|workwear|scrub|lab coat|chef coat', '6211 6114:0.5'],
  ['vest|waistcoat|gilet|sleeveless jacket', '6211 6110:0.5 6201:0.3'],
  ['shrug|bolero|kimono|cover up|beach cover up|sarong|poncho|cape|cloak', '6211 6117:0.5 6114:0.5'],
  ['raincoat|rain jacket|rain poncho|rainwear', '3926.20 6201:0.5 6202:0.5'],
  ['fur coat|faux fur|fur collar', '4304 4303'],
  ['leather jacket|leather coat|pu leather jacket', '4203.10 6202:0.3 6201:0.3'],
  ['belt|waist belt|leather belt|waistband|suspenders|braces', '4203.30 3926.20:0.4 6217:0.3'],
  ['belt buckle|buckle', '8308 3926:0.3'],
  ['handkerchief|pocket square', '6213'],
  ['sleeve|arm sleeve|arm warmer|wristband|sweatband', '6117 6307:0.3'],
  ['patch|iron on patch|ironon|iron on|embroidered patch|applique|badge', '5810 6307:0.3 8308:0.2'],

  // --- Footwear (64): by outer sole and upper (rubber or plastics 6401-6402, leather upper 6403,
  // textile upper 6404); the upper material among the attributes decides (MODIFIERS).
  ['shoe|shoes|footwear', '6402 6404 6403 6405:0.3'],
  [
    'sneaker|sneakers|running shoe|trainer|sports shoe|athletic shoe|canvas shoe|walking shoe|tennis shoe|basketball shoe|skate shoe|casual shoe|vulcanized',
    '6404 6402 6403:0.5',
  ],
  ['boot|boots|ankle boot|snow boot|chelsea boot|knee boot|combat boot|work boot|martin boot|booties|riding boot', '6403 6402 6404:0.5'],
  ['rain boot|rubber boot|wellington|waterproof boot', '6401 6402'],
  ['sandal|sandals|slide|slides|flip flop|flip flops|slipper|slippers|clog|mule|thong sandal|beach shoe|house shoe|crocs', '6402 6404 6403:0.4'],
  [
    'high heel|heels|pump|pumps|stiletto|wedge|platform shoe|mary jane|loafer|loafers|oxford|derby|brogue|moccasin|ballet flat|flats|dress shoe|leather shoe',
    '6403 6402 6404:0.4',
  ],
  ['insole|shoe pad|heel pad|shoe insert|shoe part|outsole', '6406'],
  // laces are made-up textile articles, not parts of footwear
  ['shoe lace|shoelace|laces|bootlace', '6307.90 5609:0.4'],
  ['shoe cover|shoe protector', '6307 3926:0.5'],
  ['shoe rack|shoe cabinet|shoe organizer', '9403'],
  ['shoe horn|shoe tree|shoe stretcher', '4417 3926:0.5'],

  // --- Bags, cases, leather goods (42).
  [
    'bag|handbag|purse|shoulder bag|crossbody|tote|tote bag|clutch|satchel|messenger bag|hobo bag|bucket bag|saddle bag|underarm bag|evening bag|women bag',
    '4202.22 4202.21 4202.29:0.5',
  ],
  ['wallet|card holder|cardholder|coin purse|money clip|card case|passport holder|passport cover|id holder|key case|key wallet', '4202.32 4202.31'],
  ['backpack|rucksack|school bag|schoolbag|daypack|knapsack|bookbag', '4202.92 4202.91:0.4'],
  ['suitcase|luggage|trolley|travel bag|duffel|duffle|weekender|garment bag|luggage cover|packing cube|travel organizer', '4202.12 4202.92 4202.11:0.4'],
  ['briefcase|laptop bag|computer bag|laptop sleeve|document bag|attache', '4202.12 4202.92 4202.11:0.4'],
  [
    'cosmetic bag|makeup bag|toiletry bag|wash bag|pencil case|pencil bag|pouch|storage bag|drawstring bag|waist bag|fanny pack|belt bag|chest bag|sling bag|phone bag|camera bag|gym bag|sport bag|lunch bag|cooler bag|insulated bag',
    '4202.92 4202.32:0.5 4202.91:0.4',
  ],
  ['beach bag|shopping bag|reusable bag|grocery bag|canvas bag|jute bag', '4202.92 6305:0.4 4202.22:0.5'],
  [
    'case|carrying case|storage case|hard case|protective case|box case|instrument case|gun case|bow case|camera case|headphone case|earphone case',
    '4202.92:0.6 4202.99:0.4 3926:0.3',
  ],
  ['saddle|harness|leash|dog collar|pet collar|cat collar|dog harness|pet leash|muzzle|horse|equestrian|bridle', '4201'],
  ['leather|genuine leather|cowhide', '4205:0.3 4202:0.2 4203:0.2'],
  ['leather craft|leather goods|leather cord|leather strap|leather lace', '4205 4202:0.4 4203:0.3'],

  // --- Plastics (39): made articles of plastics with no more specific heading are 3926.
  [
    'phone case|phone cover|mobile phone case|cell phone case|iphone case|case for iphone|samsung case|case for samsung|shockproof case|silicone case|tpu case|flip case|phone shell|back cover|bumper case|magsafe case',
    '3926 4202.32:0.4 4202.39:0.3',
  ],
  ['phone lanyard|phone strap|phone chain|phone charm|wrist strap', '6307.90 3926:0.7 7117:0.3'],
  [
    'phone holder|phone stand|phone mount|car phone holder|tablet holder|tablet stand|selfie stick|phone grip|phone ring holder|pop socket|desktop stand|laptop stand',
    '3926 8529:0.3 9620:0.4 8473:0.2',
  ],
  ['screen protector|tempered glass|protective film|protective glass|privacy screen|lens protector|camera protector|hydrogel film', '7007 3919:0.6 3920:0.4'],
  ['sticker|stickers|decal|decals|wall sticker|car sticker|label sticker|nail sticker|sticky note', '3919 4911:0.6 4821:0.4'],
  ['tape|adhesive tape|duct tape|masking tape|double sided tape|washi tape|electrical tape|packing tape|insulating tape', '3919 4823:0.3 5906:0.2'],
  ['plastic bag|ziplock|zip lock|garbage bag|trash bag|bin bag|poly bag|packing bag|bubble mailer|mailer bag|courier bag', '3923'],
  [
    'bottle|spray bottle|squeeze bottle|dropper bottle|plastic bottle|empty bottle|travel bottle|refillable bottle|container|jar|vial|tube',
    '3923 7010:0.5 3924:0.3',
  ],
  [
    'storage box|storage container|storage organizer|organizer|organiser|drawer organizer|desk organizer|makeup organizer|storage basket|bin|storage bin|basket',
    '3924 3926:0.6 4602:0.3 4202.92:0.3',
  ],
  [
    'kitchen utensil|spatula|ladle|tongs|whisk|colander|strainer|cutting board|chopping board|measuring cup|measuring spoon|kitchen gadget|kitchen tool|cooking utensil|baking tool|baking mold|cake mold|silicone mold|ice cube tray|lunch box|bento|food container|food storage',
    '3924 7323:0.6 4419:0.4 8215:0.3 8205:0.3',
  ],
  [
    'plate|bowl|dish|tray|saucer|dinnerware|tableware|serving tray|cup|mug|tumbler|drinking cup|sippy cup|water cup',
    '3924 6912:0.6 6911:0.5 7013:0.5 7323:0.4',
  ],
  ['water bottle|sports bottle|drink bottle|shaker bottle|kettle bottle', '3924 7323:0.6 9617:0.5'],
  ['thermos|vacuum flask|insulated bottle|insulated tumbler|vacuum cup|thermal cup|thermal mug|vacuum insulated', '9617 7323:0.3'],
  ['shower curtain|bath curtain', '3924.90 6303:0.5'],
  ['shower head|toilet seat|bathtub|sink|wash basin|bidet|toilet', '3922 6910:0.6 7324:0.4 8481:0.3'],
  ['hook|wall hook|adhesive hook|hanger|clothes hanger|coat hanger|hanging rack', '3926 7326:0.6 8302:0.3'],
  ['keychain|key chain|keyring|key ring|key holder|key fob|bag charm|key pendant', '3926 7117.90:0.8 7326:0.6 8308:0.4'],
  ['cable tie|zip tie|clip|clamp|plastic clip|binder clip|cord organizer|cable organizer|cable clip|cable management', '3926 8305:0.4 7326:0.3'],
  [
    'nail tip|false nail|fake nail|press on nail|acrylic nail|nail art|nail decoration|nail charm|nail rhinestone|nail gem|nail form|nail stencil',
    '3926 3304.30:0.6 7018:0.3',
  ],
  ['plastic|pvc|acrylic|silicone|abs|resin|polypropylene|polyethylene|pet plastic|epoxy', '3926:0.3 3924:0.2'],
  ['film|plastic film|wrap|cling film|stretch film|vinyl film|window film|foil', '3920 3919:0.6'],
  ['hose|pipe|tubing|plastic tube|garden hose|silicone tube', '3917 4009:0.6 7306:0.3'],
  ['floor mat|floor tile|vinyl flooring|wall panel|wallpaper|wall paper|self adhesive wallpaper', '3918 4814:0.6'],
  ['door stopper|window lock|child lock|baby lock|furniture protector|corner protector|drawer lock|furniture pad', '3925 3926:0.6 8301:0.3'],
  ['balloon|balloons|foil balloon|latex balloon', '9505 9503:0.5 3926:0.3'],
  ['fridge magnet|magnet|magnetic sticker', '8505 3926:0.3'],
  ['rubber band|elastic band|o ring|gasket|seal ring|rubber seal|rubber mat|rubber stopper|eraser', '4016 4008:0.3'],
  ['condom', '4014'],
  ['tire|tyre|inner tube|bike tire|bicycle tire', '4011 4013'],
  ['glove latex|nitrile glove|disposable glove|rubber glove|cleaning glove|dishwashing glove', '4015 3926.20:0.5'],

  // --- Electronics, electrical (85) and machines, computers (84).
  ['headphone|headphones|earphone|earphones|earbud|earbuds|headset|tws|wireless earbud|earpiece|bluetooth headset|gaming headset|ear pod|airpod', '8518'],
  ['speaker|bluetooth speaker|loudspeaker|soundbar|subwoofer|sound box|amplifier|amp', '8518'],
  ['microphone|mic|lavalier|condenser microphone|karaoke microphone', '8518'],
  [
    'charger|charging|phone charger|fast charger|usb charger|wall charger|power adapter|ac adapter|power supply|charging station|charging dock|wireless charger|car charger|charging adapter|gan charger',
    '8504',
  ],
  ['power bank|powerbank|portable charger|battery pack|external battery', '8507 8504:0.4'],
  ['battery|batteries|lithium battery|rechargeable battery|li ion|18650|aa battery|coin cell|button cell|lipo', '8507 8506'],
  [
    'cable|usb cable|charging cable|data cable|hdmi cable|type c cable|lightning cable|aux cable|audio cable|extension cord|power cord|wire|cord|usb c cable|micro usb|charger cable',
    '8544',
  ],
  ['adapter|converter|usb hub|hub|dongle|otg|splitter|docking station|card reader|type c adapter', '8471.80 8517:0.4 8536:0.3 8544:0.3'],
  ['phone|smartphone|mobile phone|cell phone|cellphone|feature phone|android phone', '8517'],
  [
    'router|modem|wifi|wi fi|network switch|access point|repeater|wifi extender|bluetooth adapter|bluetooth receiver|transmitter|bluetooth module|wireless adapter|network card|walkie talkie|two way radio|intercom|baby monitor|gps tracker|tracker',
    '8517 8526:0.3 8525:0.3',
  ],
  [
    'camera|digital camera|action camera|webcam|web camera|security camera|ip camera|surveillance camera|cctv|dash cam|dashcam|camcorder|body camera|spy camera|trail camera|doorbell camera|video doorbell',
    '8525 9006:0.3',
  ],
  ['lens|camera lens|tripod|camera accessory|flash|gimbal|light stand|ring light|softbox|photography', '9002 9006:0.4 9620:0.5 9405:0.4'],
  ['tv|television|monitor|display|lcd screen|projector|mini projector|tv box|android tv box|set top box|streaming stick|screen', '8528 8524:0.3 8473:0.2'],
  ['keyboard|mouse|mice|gaming mouse|mechanical keyboard|wireless mouse|touchpad|trackpad|keypad|keycap|keycaps', '8471.60 8473:0.5'],
  // mouse pads and keyboard covers go by their material (rubber, plastics, textile)
  ['mouse pad|mousepad|mouse mat|desk mat|desk pad|keyboard cover|keyboard protector|wrist rest', '4016 3926:0.7 6307:0.6'],
  ['computer|laptop|notebook computer|tablet|tablet pc|ipad|desktop|pc|chromebook|e reader|ereader|kindle', '8471'],
  [
    'computer part|laptop part|motherboard|graphics card|gpu|ram|memory module|laptop battery|laptop screen|laptop keyboard|cooling fan|cooler|heatsink|heat sink|computer case|fan cooler|thermal paste',
    '8473 8471:0.5',
  ],
  ['tablet case|ipad case|tablet cover|ipad cover|kindle case|e reader case|laptop case|laptop shell|macbook case', '4202 3926:0.8 4202.12:0.4'],
  ['usb flash drive|flash drive|thumb drive|pen drive|usb stick|memory card|sd card|micro sd|tf card|memory stick|cf card', '8523'],
  ['ssd|hard drive|hard disk|hdd|solid state drive|external drive|nvme|m2 ssd|enclosure', '8471.70 8523:0.4 8473:0.3'],
  ['printer|3d printer|printhead|ink cartridge|toner|cartridge|label printer|thermal printer|scanner', '8443 8485:0.5 3215:0.4'],
  ['3d printer|3d printing|extruder|hotend|print bed', '8485 8477:0.3'],
  // 3D printing filament is a plastics monofilament (3916)
  ['filament|printer filament|pla filament|petg|abs filament|tpu filament|3d printing filament|3d printer filament|pla', '3916 8485:0.3'],
  [
    'game console|video game|controller|gamepad|joystick|game controller|handheld game|gaming console|arcade|game card|nintendo|playstation|xbox|switch controller',
    '9504',
  ],
  ['drone|quadcopter|fpv|uav', '8806 9503:0.4 8807:0.3'],
  ['drone part|propeller|drone battery|drone motor|flight controller', '8807 8507:0.4 8501:0.3'],
  [
    'led|led strip|led light|light strip|strip light|fairy light|string light|neon light|neon sign|rgb light|led bulb|bulb|light bulb|lamp bead',
    '9405 8539:0.7 8541:0.3',
  ],
  [
    'lamp|light|lights|lighting|table lamp|desk lamp|floor lamp|night light|ceiling light|pendant light|chandelier|wall lamp|wall light|spotlight|downlight|sconce|lantern|solar light|garden light|lamp shade|lampshade|reading light|fixture',
    '9405 8539:0.4',
  ],
  ['flashlight|torch|headlamp|head lamp|headlight|bike light|work light|tactical flashlight|penlight|camping light', '8513 9405:0.5 8512:0.3'],
  ['fan|electric fan|handheld fan|mini fan|ceiling fan|desk fan|neck fan|usb fan|portable fan|exhaust fan|ventilator', '8414 8473:0.2'],
  [
    'hair dryer|blow dryer|hair straightener|flat iron|curling iron|hair curler|curling wand|hot comb|hot air brush|hair styler|straightening brush|electric iron|steam iron|garment steamer|steamer',
    '8516',
  ],
  [
    'kettle|electric kettle|electric pressure cooker|electric cooker|multicooker|multi cooker|instant pot|electric skillet|electric wok|coffee maker|coffee machine|espresso machine|toaster|air fryer|rice cooker|microwave|oven|electric oven|induction cooker|hot plate|electric grill|waffle maker|sandwich maker|slow cooker|electric heater|space heater|water heater|heating pad|electric blanket|heated|warmer|heating|hand warmer|food warmer|bottle warmer|egg cooker',
    '8516',
  ],
  [
    'blender|juicer|mixer|food processor|grinder|coffee grinder|meat grinder|hand mixer|chopper|milk frother|electric toothbrush|sonic toothbrush|water flosser|oral irrigator',
    '8509 8516:0.3',
  ],
  ['vacuum cleaner|vacuum|robot vacuum|handheld vacuum|cordless vacuum|dust collector|mop', '8508 9603:0.3'],
  ['shaver|razor|electric shaver|trimmer|hair clipper|clipper|epilator|beard trimmer|nose trimmer|lint remover|fabric shaver|hair removal', '8510 8212:0.5'],
  ['razor blade|safety razor|manual razor|disposable razor|shaving', '8212 8510:0.4'],
  ['massager|massage gun|massage|neck massager|foot massager|eye massager|scalp massager|massage chair|massage roller|gua sha', '9019 6802:0.3'],
  ['air purifier|humidifier|diffuser|aroma diffuser|dehumidifier|air conditioner|cooler fan|evaporative cooler', '8509.80 8421:0.6 8479:0.5 8415:0.5'],
  ['water filter|filter|purifier|filter cartridge|air filter|oil filter|fuel filter|strainer filter', '8421 5911:0.2'],
  ['refrigerator|fridge|freezer|mini fridge|ice maker|ice machine|water dispenser', '8418'],
  ['washing machine|dryer|dishwasher|clothes dryer', '8450 8451:0.5 8422:0.5'],
  ['sewing machine|sewing|embroidery machine|overlock|serger', '8452'],
  ['pump|water pump|air pump|aquarium pump|fuel pump|vacuum pump|inflator|tire inflator|air compressor|compressor', '8413 8414:0.8'],
  ['faucet|tap|valve|mixer tap|shower valve|ball valve|check valve|solenoid valve|water valve|kitchen faucet|basin faucet', '8481'],
  ['bearing|ball bearing|roller bearing|linear bearing', '8482'],
  [
    'gear|pulley|shaft|coupling|transmission|gearbox|belt pulley|sprocket|timing belt|chain drive|lead screw|linear guide|linear rail',
    '8483 4010:0.3 8466:0.3',
  ],
  ['motor|electric motor|dc motor|stepper motor|servo|brushless motor|vibration motor|gear motor|fan motor', '8501'],
  [
    'generator|solar generator|inverter|transformer|converter|voltage regulator|ups|stabilizer|power inverter|ballast|led driver|dc dc|buck|boost converter|step down',
    '8504 8502:0.4',
  ],
  ['solar panel|solar cell|photovoltaic|solar module', '8541.43 8541'],
  [
    'switch|light switch|wall switch|socket|wall socket|outlet|plug|power strip|extension socket|connector|terminal|relay|fuse|circuit breaker|breaker|push button|toggle switch|rocker switch|micro switch|limit switch|dimmer|smart plug|smart switch|wire connector|junction box|usb socket',
    '8536 8538:0.4 8537:0.3',
  ],
  ['circuit board|pcb|pcba|printed circuit', '8534 8473:0.3 8543:0.3'],
  [
    'module|development board|arduino|raspberry pi|esp32|esp8266|sensor module|relay module|driver board|control board|controller board|breakout board|motherboard module',
    '8543 8473:0.5 8537:0.4 9031:0.3',
  ],
  ['chip|ic|integrated circuit|microcontroller|mcu|processor|cpu|eeprom|memory chip|amplifier chip', '8542'],
  ['transistor|diode|led diode|mosfet|thyristor|rectifier|optocoupler|photodiode|zener', '8541'],
  ['resistor|potentiometer|varistor|thermistor|rheostat', '8533'],
  ['capacitor|supercapacitor|electrolytic capacitor|ceramic capacitor', '8532'],
  ['inductor|coil|choke|transformer coil|ferrite', '8504.50 8504:0.6'],
  [
    'sensor|temperature sensor|humidity sensor|motion sensor|pir|ultrasonic sensor|proximity sensor|pressure sensor|smoke detector|gas detector|detector|thermostat',
    '9031 9025:0.6 9026:0.4 8531:0.4 9032:0.4',
  ],
  [
    'alarm|siren|buzzer|doorbell|door bell|wireless doorbell|security alarm|burglar alarm|smoke alarm|indicator panel|led display|display module|lcd module|oled',
    '8531 8529:0.4',
  ],
  ['remote control|remote|remote controller|universal remote', '8543.70 8526.92 8537:0.3'],
  ['gps|gps navigator|navigation|radar|radar detector', '8526'],
  ['radio|fm radio|am radio|receiver|car radio|car stereo|car mp5|car multimedia|car audio|car player|head unit|dab', '8527 8528:0.3'],
  ['mp3|mp3 player|mp4|music player|audio player|recorder|voice recorder|dictaphone|turntable|record player|cassette player|cd player', '8519'],
  ['earphone part|speaker part|antenna|aerial|satellite dish|tv antenna|signal booster', '8529 8517:0.5'],
  [
    'electric scooter|e scooter|e bike|electric bike|electric bicycle|hoverboard|balance board|electric skateboard|electric unicycle|scooter electric',
    '8711.60 8711',
  ],
  ['soldering iron|soldering station|welding machine|welder|welding|solder|soldering|hot air gun|heat gun', '8515 8311:0.4 8516:0.3'],
  ['electromagnet|magnetic|neodymium|magnet strong', '8505'],
  ['electric toothbrush head|toothbrush head|replacement head', '8509.90 9603:0.5'],
  ['vape|e cigarette|electronic cigarette|vaporizer|atomizer|pod', '8543.40 8543'],
  ['lighter|electric lighter|torch lighter|jet lighter|windproof lighter|arc lighter', '9613'],
  ['calculator|electronic calculator|translator|label maker|cash register', '8470 8472:0.3'],
  ['stapler|shredder|paper shredder|laminator|binding machine|hole punch|paper cutter', '8472 8441:0.3 8305:0.3'],
  ['security|smart lock|fingerprint lock|door lock|padlock|lock|combination lock|bike lock|lock cylinder|safe|deadbolt|locker lock', '8301 8303:0.4'],
  ['electric|electronic|electrical|digital|wireless|bluetooth|usb|smart|rechargeable|battery operated|battery powered', '8543:0.3 8517:0.2 8516:0.2'],

  // --- Machinery, tools (82, 84) and hardware (73, 83).
  ['tool|tools|hand tool|tool set|tool kit|toolkit|repair tool|multitool|multi tool|hand tools', '8205 8206:0.6 8204:0.4 8203:0.4'],
  ['screwdriver|screwdriver set|precision screwdriver|screwdriver bit|hex key|allen key|torx', '8205 8207:0.5'],
  ['wrench|spanner|socket wrench|ratchet|torque wrench|adjustable wrench|pipe wrench', '8204'],
  [
    'pliers|plier|wire stripper|wire cutter|crimper|crimping tool|tweezers|tweezer|pincer|nipper|cutting pliers|long nose pliers|crimping pliers',
    '8203 8205:0.3',
  ],
  [
    'hammer|mallet|crowbar|chisel|punch|anvil|vise|vice|clamp|c clamp|file|rasp|scraper|trowel|putty knife|pry bar|awl|caulking gun|glue gun|hot glue gun|grease gun|rivet gun|staple gun',
    '8205 8203:0.3',
  ],
  [
    'drill bit|bit|router bit|milling cutter|end mill|tap and die|tap|die|reamer|countersink|hole saw|step drill|cutter|cutting disc|grinding wheel|grinding disc|polishing|polishing wheel|sanding|sandpaper|abrasive|carbide|insert|boring bar|lathe tool|carving|engraving bit|burr|rotary tool accessories|diamond bit|saw chain',
    '8207 6804:0.5 6805:0.5 8202:0.3',
  ],
  ['saw|saw blade|hacksaw|hand saw|jigsaw blade|circular saw blade|band saw|pruning saw|chainsaw blade', '8202 8467:0.3'],
  [
    'drill|electric drill|cordless drill|impact driver|impact drill|angle grinder|grinder|power tool|electric screwdriver|rotary tool|polisher|sander|jigsaw|circular saw|chainsaw|nail gun|heat gun|electric wrench|impact wrench|hammer drill|rotary hammer|planer|trimmer tool|oscillating tool|engraver|die grinder',
    '8467 8508:0.2',
  ],
  [
    'knife|knives|kitchen knife|chef knife|pocket knife|folding knife|utility knife|box cutter|hunting knife|fixed blade|blade|knife sharpener|sharpener|butterfly knife|cleaver|paring knife|santoku|knife set',
    '8211 8214:0.4 8208:0.3',
  ],
  ['scissors|shears|pruning shears|pruner|secateurs|sewing scissors|hair scissors|thinning scissors|garden shears|kitchen scissors', '8213 8201:0.5'],
  [
    'nail clipper|nail cutter|nail file|manicure|pedicure|cuticle|manicure set|nail tool|nail drill|ear pick|pencil sharpener|cuticle pusher|eyebrow razor|eyelash curler',
    '8214 8467:0.2 8510:0.2 9603:0.2',
  ],
  [
    'spoon|fork|chopsticks|cutlery|flatware|teaspoon|dessert spoon|silverware|butter knife|cake server|pie server|salad server|serving spoon|ice cream scoop|scoop',
    '8215 4419:0.5 3924:0.5',
  ],
  ['garden tool|shovel|spade|rake|hoe|trowel|pitchfork|pruning|axe|hatchet|machete|sickle|scythe|weeder|garden fork|hedge shears', '8201 8205:0.3'],
  [
    'tape measure|measuring tape|ruler|caliper|vernier|micrometer|level|spirit level|laser level|square|protractor|measuring tool|distance meter|rangefinder',
    '9017 9015:0.6 9031:0.3',
  ],
  [
    'multimeter|tester|voltage tester|oscilloscope|clamp meter|ammeter|voltmeter|meter|power meter|battery tester|circuit tester|wattmeter|signal generator',
    '9030 9031:0.4 9028:0.3',
  ],
  [
    'screw|screws|bolt|bolts|nut|nuts|washer|rivet|anchor|wall anchor|threaded rod|self tapping|stud|set screw|cotter|pin|dowel|spring|springs',
    '7318 7320:0.4 7616:0.3',
  ],
  ['nail|nails|tack|staple|staples', '7317 8305:0.4'],
  ['chain|link chain|metal chain|roller chain|anchor chain|lifting chain', '7315 7117:0.3'],
  ['wire rope|steel wire|cable rope|wire mesh|netting|fence|fencing|barbed wire', '7312 7314:0.6 7217:0.3'],
  [
    'hinge|handle|drawer handle|door handle|knob|cabinet handle|pull|door knob|furniture hardware|bracket|shelf bracket|corner bracket|caster|castor|wheel caster|drawer slide|door closer|latch|hasp|door stop|cabinet lock|mounting bracket|wall mount|tv mount|tv bracket',
    '8302 8301:0.3 7326:0.3',
  ],
  [
    'buckle|clasp|hook and eye|eyelet|grommet|snap|snap button|rivet button|carabiner|d ring|swivel|lobster clasp|jump ring|key ring clasp|bag hardware|zipper pull',
    '8308 7326:0.4',
  ],
  ['bell|jingle bell|wind chime|trophy|medal|decoration metal|photo frame metal|candle holder|candlestick', '8306 4420:0.3 6913:0.3 3926:0.3'],
  // statuettes and ornaments go by material: plastics or resin (3926.40), ceramics (6913), base metal (8306), wood (4420)
  [
    'statue|statuette|figurine|sculpture|ornament|home decor|desktop ornament|craft ornament|resin craft|resin figurine|resin statue',
    '3926.40 6913:0.7 8306:0.6 4420:0.5',
  ],
  ['sign|signboard|nameplate|number plate|license plate|house number|metal sign|tin sign|plaque|plate sign|name tag|dog tag', '8310 3926:0.3 8306:0.3'],
  // a material alone is a faint hint: the product's noun decides
  ['stainless steel|steel|iron|metal|cast iron|carbon steel', '7326:0.2 7323:0.2'],
  [
    'cookware|pot|pan|frying pan|wok|saucepan|stockpot|steamer pot|pressure cooker|baking pan|baking tray|baking sheet|grill pan|dutch oven|kettle stove|teapot|pot lid|cooking pot|skillet|casserole|roasting pan|muffin pan|pizza pan',
    '7323 7615:0.6 7321:0.3 6911:0.2',
  ],
  [
    'sink strainer|dish rack|drying rack|soap dish|towel rack|towel bar|toilet paper holder|toothbrush holder|bathroom shelf|shower caddy|bathroom accessories|bath hardware|paper towel holder|spice rack|pot rack|kitchen rack|dish drainer',
    '7324 7323:0.6 3924:0.6 8302:0.4',
  ],
  ['copper|brass|bronze', '7419:0.3 8308:0.1 7117:0.1'],
  ['aluminum|aluminium|aluminium alloy', '7616:0.3 7615:0.2'],
  ['zinc|zinc alloy', '7907:0.2 7117:0.1'],
  ['tin|pewter', '8007:0.3 7310:0.2'],
  ['tin box|tin can|tin case', '7310 8007:0.4'],
  ['tungsten|titanium|titanium alloy|molybdenum|magnesium', '8108:0.3 8101:0.2 8113:0.1'],
  ['needle|sewing needle|knitting needle|crochet hook|safety pin|pin|pins|hook and loop|sewing tool|sewing supplies|thimble', '7319 8308:0.3 9606:0.2'],
  ['spring|coil spring|compression spring|tension spring|torsion spring|gas spring', '7320'],
  ['stove|camping stove|gas stove|burner|barbecue|bbq|grill|charcoal grill|fire pit|heater stove', '7321 8516:0.3'],
  ['metal box|tool box|toolbox|cash box|storage tin|metal container|canister|ammo box', '7310 4202.92:0.3'],
  ['wire|steel wire|iron wire|wire rope|galvanized wire|copper wire|enameled wire|magnet wire', '7217 7408:0.5 8544:0.5'],
  ['machine|machinery|equipment|industrial|automatic|parts of machine', '8479:0.4 8487:0.3'],
  [
    'cnc|lathe|milling machine|engraving machine|laser engraver|laser cutter|laser engraving|cutting machine|drilling machine|press machine',
    '8456 8458:0.5 8459:0.5 8461:0.4 8462:0.4 8466:0.4',
  ],
  [
    'spray gun|sprayer|spray nozzle|sprinkler|nozzle|garden sprinkler|atomizer spray|pressure washer|water gun nozzle|airbrush|paint sprayer|foam cannon|hose nozzle|irrigation|drip irrigation|mist',
    '8424',
  ],
  ['jack|car jack|lifting|hoist|pulley block|winch|crane|lift', '8425 8428:0.4'],
  ['scale|weighing|kitchen scale|bathroom scale|digital scale|luggage scale|jewelry scale|body scale|pocket scale', '8423'],
  ['thermometer|hygrometer|barometer|temperature gauge|infrared thermometer|meat thermometer|digital thermometer|fever thermometer|weather station', '9025'],
  ['pressure gauge|flow meter|water meter|gas meter|level gauge|manometer|tire pressure gauge|tire gauge', '9026 9028:0.5'],
  ['oscilloscope|spectrum analyzer|laser|laser pointer|laser module', '9013 9030:0.5'],
  [
    'glasses|eyeglasses|sunglasses|spectacles|goggles|reading glasses|blue light glasses|blue light blocking|ski goggles|swimming goggles|safety glasses|eyewear|polarized',
    '9004',
  ],
  ['glasses frame|eyeglass frame|optical frame|spectacle frame', '9003'],
  ['contact lens|contact lenses|colored contact|cosmetic lens', '9001'],
  [
    'magnifier|magnifying glass|loupe|telescope|binoculars|monocular|microscope|spotting scope|rifle scope|scope|night vision|periscope|kaleidoscope|optical lens',
    '9005 9013:0.6 9011:0.5 9002:0.4',
  ],
  [
    'medical|stethoscope|blood pressure|blood pressure monitor|sphygmomanometer|pulse oximeter|oximeter|syringe|surgical|dental|orthodontic|hospital|clinic|acupuncture|cupping|glucose meter|nebulizer|otoscope|medical device',
    '9018 9019:0.4 9020:0.2',
  ],
  [
    'hearing aid|orthopedic|brace|knee brace|back brace|posture corrector|wrist brace|ankle brace|support belt|splint|crutch|walker|orthotic|arch support|bunion|toe separator',
    '9021 6307:0.3 6212:0.3',
  ],
  ['wheelchair|mobility scooter', '8713'],
  ['face mask|mask|dust mask|respirator|cloth mask|sleep mask|eye mask|mouth mask|n95|kn95|surgical mask|gas mask', '6307.90 9020:0.5 6307:0.5'],

  // --- Vehicles and their parts (87), bicycles.
  ['car|auto|automotive|vehicle|truck|suv|car accessories|auto parts|car parts|car interior|car exterior|motor vehicle', '8708:0.7 8512:0.3 8716:0.1'],
  [
    'brake|brake pad|brake disc|brake caliper|clutch|bumper|shock absorber|suspension|steering wheel|radiator|exhaust|muffler|axle|car mirror|wiper|wiper blade|seat belt|gear knob|gear shift|car seat cover|steering wheel cover|floor mats car|car mat|mudguard|fender|grille|spoiler|door handle car|car door|hood|tail light|headlight assembly',
    '8708 8512:0.4 9401:0.2',
  ],
  [
    'car light|headlight bulb|fog light|tail light|turn signal|car led|car bulb|xenon|hid|daytime running light|drl|brake light|license plate light',
    '8512 8539:0.7',
  ],
  ['spark plug|ignition|ignition coil|glow plug', '8511'],
  ['car seat|child seat|baby car seat|booster seat|car seat cushion', '9401.20 9401'],
  ['motorcycle|motorbike|scooter|moped|dirt bike|atv', '8711 8714:0.6'],
  ['motorcycle part|motorcycle accessories|motorcycle mirror|motorcycle light|handlebar|motorbike part', '8714 8512:0.3'],
  ['bicycle|bike|mountain bike|road bike|folding bike|bmx|cycling', '8712 8714:0.6'],
  [
    'bicycle part|bike part|bike accessories|bicycle accessories|pedal|derailleur|crankset|bike saddle|bike seat|bike chain|bike brake|bike handlebar|bike rack|bike pump|bike bell|bike computer|bike fender|bottle cage|bike stand|bicycle light',
    '8714 8512:0.3',
  ],
  ['stroller|pram|baby stroller|pushchair|shopping cart|trolley cart|hand truck|wagon|wheelbarrow|trailer', '8715 8716'],
  [
    'engine|engine part|piston|cylinder|carburetor|fuel injector|turbo|turbocharger|camshaft|crankshaft|valve cover|timing|gasket kit|oil pump|water pump car',
    '8409 8413:0.3 8414:0.3 8708:0.3',
  ],
  ['boat|kayak|canoe|inflatable boat|paddle board|sup board|surfboard', '8903 9506:0.6'],

  // --- Toys, games, sports, festive articles (95).
  [
    'toy|toys|kids toy|children toy|baby toy|educational toy|learning toy|toddler toy|montessori|fidget|fidget toy|squishy|stress relief|sensory toy|slime|novelty toy|spinner',
    '9503',
  ],
  [
    'doll|dolls|plush|plush toy|stuffed animal|stuffed toy|teddy bear|soft toy|action figure|figure|figurine toy|anime figure|scale model|diecast|die cast|building block|building blocks|lego|bricks|puzzle|jigsaw puzzle|rc car|remote control car|rc toy|rc plane|rc boat|toy car|kite|water gun|blaster|bubble machine|magic cube|rubik cube|blind box|mystery box|dollhouse|play house|rocking horse|marble|yo yo|spinning top|kaleidoscope toy|music box',
    '9503',
  ],
  [
    'game|board game|card game|playing cards|poker|chess|checkers|mahjong|dice|dominoes|darts|dartboard|billiard|pool cue|table tennis table|foosball|party game|tarot|tarot cards|casino|poker chips|game table',
    '9504',
  ],
  [
    'christmas|christmas tree|christmas decoration|christmas ornament|xmas|halloween|halloween decoration|easter|party supplies|party decoration|birthday decoration|wedding decoration|festive|carnival|party favor|party hat|confetti|banner party|cake topper|mask party|advent|pinata|santa',
    '9505 9503:0.3',
  ],
  [
    'fitness|exercise|gym|workout|sports|sport|outdoor sports|training|yoga|yoga mat|pilates|dumbbell|kettlebell|barbell|resistance band|exercise band|jump rope|skipping rope|push up|pull up bar|ab roller|ab wheel|hand grip|treadmill|exercise bike|weight plate|balance ball|exercise ball|foam roller',
    '9506',
  ],
  [
    'ball|football|soccer ball|basketball|volleyball|tennis ball|golf ball|baseball|softball|rugby|ping pong ball|table tennis|badminton|shuttlecock|racket|racquet|tennis racket|golf club|golf|ski|skis|snowboard|skateboard|roller skate|inline skate|ice skate|scooter kick|kick scooter|surf|swimming|swim ring|swim fins|snorkel|diving|diving mask|life jacket|camping|hiking|trekking pole|climbing|carabiner climbing|archery|bow|arrow|boxing|boxing gloves|punching bag|martial arts|knee pad|shin guard|elbow pad|protective gear|hockey|cricket|trampoline|hammock',
    '9506 6307:0.2 6306:0.2',
  ],
  [
    'fishing|fishing rod|fishing reel|fishing lure|lure|fishing line|fishing hook|bait|fishing tackle|fishing net|fly fishing|jig|sinker|float|bobber|landing net|fishing box|fish finder',
    '9507',
  ],
  ['tent|camping tent|tarp|tarpaulin|awning|sunshade|canopy|sail shade|shade sail|sleeping bag|air mattress|camping mat', '6306 9404:0.4 6307:0.3'],
  ['swing|slide|playground|swing set|sandbox|play tent|ball pit', '9506 9503:0.6'],
  ['pet toy|dog toy|cat toy|chew toy|catnip|scratching post|cat scratcher|cat tree', '9503:0.4 4201:0.3 6307:0.4 3926:0.5'],
  [
    'pet|dog|cat|puppy|kitten|pet supplies|pet products|pet bed|dog bed|cat bed|litter|litter box|pet bowl|dog bowl|feeder|pet feeder|water fountain pet|aquarium|fish tank|bird cage|pet carrier|pet clothes|dog clothes|dog coat',
    '4201:0.5 6307:0.4 3924:0.4 9404:0.3 4202.92:0.3 6309:0.1',
  ],

  // --- Musical instruments (92).
  ['guitar|acoustic guitar|electric guitar|bass guitar|ukulele|violin|viola|cello|banjo|mandolin|harp|erhu', '9202 9207:0.5'],
  [
    'piano|keyboard piano|electronic organ|synthesizer|midi keyboard|digital piano|electric guitar pickup|effects pedal|guitar pedal|guitar effect',
    '9207 9209:0.4',
  ],
  [
    'drum|drums|drum set|drum kit|cajon|percussion|cymbal|tambourine|xylophone|glockenspiel|castanets|triangle instrument|maracas|kalimba|hand pan|handpan|tongue drum',
    '9206',
  ],
  ['harmonica|flute|saxophone|trumpet|clarinet|recorder flute|ocarina|trombone|horn|whistle|melodica|accordion|bagpipe', '9205'],
  ['guitar string|strings|guitar pick|capo|tuner|metronome|music stand|guitar strap|reed|mouthpiece|instrument part|fretboard|bridge pin|tuning peg', '9209'],

  // --- Furniture, bedding, lighting (94).
  [
    'furniture|chair|office chair|gaming chair|stool|bar stool|bench|sofa|couch|armchair|recliner|ottoman|folding chair|chair cover|seat cushion|beach chair|camping chair|rocking chair',
    '9401 9403:0.5',
  ],
  [
    'table|desk|coffee table|side table|dining table|nightstand|bedside table|cabinet|wardrobe|closet|dresser|bookshelf|bookcase|shelf|shelves|shelving|rack|storage rack|tv stand|console table|vanity|bed frame|bed|crib|bunk bed|cot|kitchen cabinet|filing cabinet|display stand|display rack|floating shelf|wall shelf|shoe bench|hall tree|coat rack|clothes rack|garment rack|partition|screen divider',
    '9403 9401:0.3',
  ],
  [
    'mattress|mattress topper|pillow|cushion|throw pillow|bed pillow|memory foam pillow|neck pillow|travel pillow|quilt|comforter|duvet|sleeping pad|bean bag|pet mattress|floor cushion|seat pad|lumbar pillow|body pillow',
    '9404',
  ],
  [
    'bedding|bed sheet|sheet|fitted sheet|flat sheet|bed linen|duvet cover|quilt cover|pillowcase|pillow case|pillow cover|bedspread|bed skirt|towel|bath towel|hand towel|beach towel|face towel|washcloth|tea towel|kitchen towel|tablecloth|table cloth|table runner|placemat|napkin|table linen|dish cloth',
    '6302',
  ],
  ['blanket|throw|throw blanket|fleece blanket|baby blanket|travel blanket|weighted blanket|swaddle|knitted blanket|electric blanket cover', '6301'],
  [
    'curtain|curtains|drape|drapes|blind|blinds|roller blind|valance|sheer curtain|blackout curtain|window curtain|door curtain|mosquito net|bed canopy|net curtain',
    '6303 6304:0.3',
  ],
  ['cushion cover|sofa cover|slipcover|chair cover|bedspread|wall hanging|tapestry|furnishing|decorative pillow cover|couch cover|table cover', '6304'],
  ['rug|carpet|area rug|doormat|door mat|bath mat|floor mat|kitchen mat|runner rug|prayer mat|entrance mat|mat', '5705 5703:0.7 5702:0.5 4016:0.3 3918:0.3'],
  [
    'dust cover|furniture cover|car cover|bike cover|grill cover|cover cloth|protective cover|laundry bag|mesh bag|storage bag textile|shoe bag|garment cover|bag textile|cleaning cloth|microfiber cloth|duster|mop head|ironing board cover|flag|banner|lanyard|strap|tie down|cargo strap|lifting strap|sling',
    '6307 6305:0.2 5609:0.2',
  ],
  ['flag|banner|bunting|pennant|string flag', '6307.90 4911:0.3'],
  ['sack|jute sack|woven bag|packing sack|rice bag|sandbag', '6305'],
  ['worn clothing|used clothing|second hand', '6309'],

  // --- Textiles, yarn, fabrics, trimmings (50-60).
  [
    'fabric|cloth|textile|material fabric|cotton fabric|polyester fabric|linen fabric|fabric by the meter|fabric by the yard|quilting fabric|felt fabric|canvas fabric|chiffon|satin|velvet|tulle|mesh fabric|lining|denim fabric|fleece fabric|knit fabric|jersey fabric|spandex fabric',
    '5407 5208:0.6 6006:0.6 5512:0.4 5903:0.3',
  ],
  [
    'yarn|thread|sewing thread|embroidery thread|knitting yarn|crochet yarn|wool yarn|cotton yarn|acrylic yarn|chunky yarn|milk cotton yarn',
    '5509 5204:0.5 5205:0.4 5401:0.4 5109:0.4 5508:0.4',
  ],
  [
    'rope|cord|twine|string|paracord|cordage|macrame|braided rope|nylon rope|jute rope|hemp rope|climbing rope|shoelace cord|drawstring|elastic cord|elastic',
    '5607 5609:0.5 5604:0.4',
  ],
  ['lace|lace trim|lace fabric|crochet lace|embroidered lace', '5804'],
  ['ribbon|grosgrain|satin ribbon|velvet ribbon|webbing|elastic band textile|bias tape|tape trim|twill tape', '5806'],
  ['embroidery|embroidered|cross stitch|needlework|embroidery kit|diamond painting|tapestry kit', '5810 5805:0.4 9503:0.2 4911:0.2'],
  ['tassel|fringe|pom pom|trimming|braid trim|sequin trim|feather trim|cord trim', '5808'],
  ['label|woven label|clothing label|tag|hang tag|care label', '5807 4821:0.6'],
  ['felt|wool felt|felt sheet|nonwoven|non woven|wadding|batting|stuffing|filling fiber|cotton pad|cotton ball', '5602 5603:0.6 5601:0.6'],
  ['wool|cashmere|mohair|alpaca|merino|angora', '5112 5109:0.3'],
  ['silk|mulberry silk|silk fabric|satin silk', '5007 6214:0.3'],

  // --- Beauty and health: cosmetics (33), soap (34), brushes (96), medicaments (30).
  [
    'makeup|cosmetic|cosmetics|lipstick|lip gloss|lip balm|lip liner|lip tint|eyeshadow|eye shadow|eyeliner|mascara|foundation|concealer|primer|blush|bronzer|highlighter|contour|face powder|setting powder|setting spray|bb cream|cc cream|makeup palette|eyebrow pencil|brow gel|glitter|body glitter|face paint|body paint',
    '3304 3303:0.2',
  ],
  // temporary tattoos and other transfers are decalcomanias (4908)
  ['temporary tattoo|tattoo sticker|fake tattoo|transfer sticker|water transfer|decalcomania|tattoo transfer|nail decal|nail transfer', '4908 3304:0.3'],
  [
    'skin care|skincare|face cream|cream|lotion|moisturizer|serum|essence|toner|face mask sheet|sheet mask|facial mask|sunscreen|sunblock|body lotion|hand cream|eye cream|anti aging|whitening|acne|face wash|cleanser|exfoliator|scrub|body butter|massage oil|beauty|facial',
    '3304 3401:0.3',
  ],
  ['nail polish|nail varnish|gel polish|uv gel|nail gel|top coat|base coat|poly gel|builder gel|nail glue|nail primer|nail remover', '3304.30 3506:0.3'],
  ['perfume|fragrance|eau de toilette|eau de parfum|cologne|body mist|perfume oil|attar', '3303'],
  ['essential oil|aromatherapy|fragrance oil|aroma oil', '3301 3302:0.4'],
  [
    'shampoo|conditioner|hair mask|hair oil|hair dye|hair spray|hair gel|hair wax|pomade|hair care|hair growth|hair treatment|perm|keratin|dry shampoo|hair serum',
    '3305',
  ],
  ['toothpaste|mouthwash|teeth whitening|dental floss|denture|oral care|breath freshener', '3306 3304:0.2'],
  [
    'deodorant|antiperspirant|bath salt|bath bomb|shaving cream|shaving foam|depilatory|hair removal cream|air freshener|room spray|incense|scented|car fragrance|car perfume|aroma|potpourri|reed diffuser',
    '3307 3304:0.2',
  ],
  ['soap|hand soap|bar soap|body wash|shower gel|liquid soap|handmade soap|hand sanitizer', '3401 3808:0.2'],
  ['detergent|laundry detergent|cleaner|cleaning agent|dish soap|washing powder|stain remover|descaler|polish', '3402 3405:0.4'],
  ['candle|scented candle|candles|tea light|wax melt|birthday candle|pillar candle|wax', '3406 3404:0.3'],
  [
    'brush|makeup brush|cosmetic brush|paint brush|paintbrush|toothbrush|cleaning brush|toilet brush|shaving brush|brush set|nail brush|dish brush|bottle brush|broom|dustpan|squeegee|roller brush|powder puff|makeup sponge|beauty blender|sponge',
    '9603 3926:0.2',
  ],
  [
    'powder compact|compact mirror|makeup mirror|vanity mirror|mirror|wall mirror|hand mirror|pocket mirror|full length mirror|led mirror|bathroom mirror|cosmetic mirror',
    '7009 9616:0.3 3926:0.2',
  ],
  ['puff|powder puff|perfume atomizer|perfume bottle|spray atomizer|scent sprayer', '9616'],
  [
    'medicine|vitamin|supplement|capsule|tablet medicine|pill|herbal|health care|healthcare|first aid|ointment|balm|patch medical|plaster|pain relief patch',
    '3004 2106:0.5 3005:0.5 2936:0.3',
  ],
  [
    'bandage|gauze|adhesive bandage|band aid|first aid kit|wound dressing|medical tape|kinesiology tape|plaster medical|cotton swab|cotton bud|q tip|alcohol pad',
    '3005 3006:0.3 5601:0.3',
  ],
  ['diaper|nappy|sanitary pad|sanitary napkin|tampon|panty liner|menstrual|incontinence|wet wipes|baby wipes', '9619 3401:0.3 4818:0.3'],
  ['menstrual cup|breast pump|nursing|pacifier|teether|baby bottle|feeding bottle|nipple|sippy|baby spoon|teething', '3924 3926:0.5 4014:0.5 8414:0.2'],
  ['condom|lubricant|sex toy|adult toy|vibrator|dildo|massager adult', '9019 3926:0.4 4014:0.3'],
  ['contact lens case|pill box|pill organizer|pill case|medicine box', '3924 3926:0.6'],

  // --- Paper, printed matter, office and school supplies (48, 49, 96).
  [
    'paper|printing paper|copy paper|a4 paper|craft paper|kraft paper|cardstock|card stock|origami|origami paper|tissue paper|wrapping paper|gift wrap|photo paper|sticker paper|carbon paper|paper roll|thermal paper',
    '4802 4823:0.5 4811:0.4 4810:0.3',
  ],
  [
    'notebook|notepad|journal|diary|planner|agenda|sketchbook|sketch book|memo pad|exercise book|binder|folder|file folder|loose leaf|spiral notebook|notebook cover|ledger|album|photo album|scrapbook|sticky notes|index card',
    '4820 4823:0.2',
  ],
  [
    'envelope|card|greeting card|postcard|birthday card|thank you card|invitation|invitation card|gift card|wedding invitation|christmas card',
    '4909 4817:0.6 4911:0.4',
  ],
  [
    'book|books|novel|textbook|children book|picture book|coloring book|comic|manga|magazine|dictionary|bible|cookbook|storybook|brochure|catalog',
    '4901 4903:0.6 4902:0.3',
  ],
  [
    'poster|print|art print|wall art|painting print|canvas print|picture|photo print|photograph|calendar|map|chart|wall decor poster|diamond painting picture|sticker book|trading card|cards|flash cards|card collection|playing card collection',
    '4911 4910:0.4 4905:0.3 9701:0.3',
  ],
  [
    'painting|oil painting|canvas painting|hand painted|artwork|original art|watercolor painting|drawing|sculpture art|antique|collectible',
    '9701 4911:0.4 9703:0.3',
  ],
  [
    'paper bag|gift bag|kraft bag|carton|cardboard box|gift box|packaging box|paper box|mailer box|corrugated box|paper cup|paper plate|paper straw|paper napkin|tissue|toilet paper|paper towel|facial tissue|napkins paper|kitchen paper',
    '4819 4818:0.6 4823:0.3',
  ],
  [
    'pen|ballpoint|ballpoint pen|gel pen|fountain pen|marker|highlighter pen|felt pen|fineliner|brush pen|permanent marker|whiteboard marker|paint marker|acrylic marker|pen refill|pen set|stylus|stylus pen|rollerball',
    '9608 9609:0.3',
  ],
  ['pencil|colored pencil|colour pencil|mechanical pencil|pencil lead|crayon|pastel|oil pastel|chalk|charcoal pencil|graphite|sketching pencil', '9609'],
  [
    'paint|acrylic paint|watercolor|watercolour|oil paint|gouache|paint set|art supplies|pigment|ink|drawing ink|calligraphy ink|spray paint|nail paint',
    '3213 3210:0.5 3215:0.5 3208:0.3',
  ],
  ['glue|adhesive|super glue|epoxy glue|glue stick|wood glue|silicone sealant|sealant|caulk|resin glue|hot glue stick|uv glue|b7000|e6000', '3506 3214:0.5'],
  ['stamp|rubber stamp|seal stamp|ink pad|stamp pad|date stamp|wax seal|sealing wax', '9611 9612:0.4 3404:0.2'],
  ['whiteboard|blackboard|chalkboard|writing board|drawing board|bulletin board|cork board|drawing tablet|lcd writing tablet', '9610 8471:0.4'],
  [
    'office supplies|school supplies|stationery|desk accessories|paper clip|binder clip|push pin|thumb tack|staple remover|letter opener|file holder|document tray|pen holder|pencil holder|desk organizer|bookend',
    '8305 3926:0.5 8304:0.5 4820:0.3',
  ],
  ['typewriter ribbon|ink ribbon|printer ribbon|correction tape|correction fluid', '9612 3824:0.3'],

  // --- Glass, ceramics, stone, wood, basketry (44-46, 68-70).
  [
    'glass|glassware|drinking glass|wine glass|beer glass|glass cup|glass jar|glass bottle|glass vase|glass bowl|shot glass|whiskey glass|glass mug|glass teapot|decanter|glass container|borosilicate',
    '7013 7010:0.6 7020:0.3',
  ],
  [
    'crystal|glass crystal|crystal ball|glass art|glass ornament|glass figurine|glass bead craft|suncatcher|prism|glass sphere|lampwork|murano',
    '7018 7020:0.6 7013:0.5 7116:0.3',
  ],
  [
    'ceramic|porcelain|stoneware|earthenware|pottery|ceramic mug|ceramic bowl|ceramic plate|ceramic vase|ceramic cup|coffee mug|tea cup|teacup|bone china|flower pot|planter|plant pot',
    '6912 6911 6913:0.6 6914:0.3',
  ],
  ['vase|flower vase|planter|plant pot|flower pot|pot plant|garden pot|pot holder plant|hanging planter|succulent pot', '6913 6912:0.5 3924:0.5 7013:0.4'],
  ['tile|ceramic tile|mosaic|mosaic tile|floor tile ceramic|wall tile', '6907'],
  ['stone|marble|granite|slate|stone carving|natural stone decor|soapstone|whetstone|sharpening stone|grinding stone|pumice|rock', '6802 6804:0.5 7116:0.3'],
  [
    'wood|wooden|bamboo|solid wood|wood craft|wooden craft|wood carving|wooden box|wood sign|wood slice|plywood|mdf|wood board',
    '4421:0.5 4420:0.4 4419:0.3 4418:0.1',
  ],
  ['picture frame|photo frame|frame|wooden frame|mirror frame|poster frame', '4414 7020:0.3 3926:0.3 8306:0.3'],
  [
    'wooden utensil|wooden spoon|bamboo utensil|chopping block|bread board|wooden cutting board|bamboo cutting board|wood cutting board|wooden tray|wooden bowl|wooden plate|salad bowl wood|bamboo tray',
    '4419',
  ],
  ['basket|woven basket|wicker|rattan|straw basket|seagrass|storage basket woven|picnic basket|laundry basket|hamper', '4602 3924:0.5'],
  ['cork|cork board|cork stopper|wine stopper', '4503 4504:0.6'],
  ['umbrella|parasol|sun umbrella|rain umbrella|golf umbrella|beach umbrella|patio umbrella|walking stick|cane', '6601 6602:0.3'],
  ['button|buttons|shank button|sewing button|snap fastener|press stud', '9606'],
  ['zipper|zip|zipper slider|zipper pull|zip fastener|resin zipper|metal zipper', '9607'],
  ['mannequin|dress form|display head|wig stand|wig head', '9618'],
  ['smoking pipe|tobacco pipe|cigarette holder|cigarette case|rolling paper|grinder herb|ashtray|hookah|shisha', '9614 9613:0.3 8509:0.2'],
  ['fire extinguisher|fire blanket', '8424.10 6307:0.2'],
  ['fireworks|sparkler|firecracker|smoke bomb|party popper', '3604'],
  // printed photography backdrops are printed matter; plain cloth ones, made-up textile articles
  ['photography backdrop|backdrop|background cloth|photo background|photography background|photo backdrop', '4911:0.8 6307:0.7 3921:0.3'],
  ['emblem|car emblem|car badge|car logo|badge emblem|hood emblem', '8310 8708:0.6 3926:0.4'],
  ['tripod|monopod|selfie tripod|phone tripod|camera stand|stabilizer|gimbal stabilizer', '9620 8529:0.2'],

  // --- Food and garden (a shopper's few): seeds, plants, tea, coffee, candy.
  ['seed|seeds|flower seeds|vegetable seeds|plant seeds|bulbs flower', '1209 0601:0.5'],
  ['live plant|plant|succulent|bonsai|cactus|houseplant|sapling|tree', '0602 6702:0.4'],
  ['tea|green tea|black tea|oolong|matcha|herbal tea|puer|pu erh|tea leaves|tea bag', '0902 1211:0.3 2106:0.3'],
  ['coffee|coffee beans|ground coffee|instant coffee|coffee capsule|coffee pods', '0901 2101:0.6'],
  ['candy|sweets|gummy|lollipop|chewing gum|chocolate|snack|snacks|cookie|biscuit|cake|food', '1704 1806:0.7 1905:0.6 2106:0.3'],
  ['spice|seasoning|pepper|cinnamon|sauce|condiment', '0904 2103:0.6 0906:0.4 0910:0.4'],
  ['fertilizer|plant food|soil|potting soil|growing medium|hydroponic', '3105 3101:0.4 2530:0.2'],
  [
    'pesticide|insecticide|mosquito repellent|insect repellent|mosquito killer|bug zapper|fly trap|mouse trap|rat trap|pest control|mosquito coil|ant bait|cockroach|trap',
    '3808 8543:0.3 7326:0.3 3926:0.2',
  ],
];

/**
 * Attribute and title words that decide between headings already suggested (material of a
 * jewel, upper of a shoe, leather or plastics of a bag, knitted or woven garment). They only
 * strengthen headings that another entry or the schedule's text put among the candidates.
 */
export const MODIFIERS: readonly VocabularyEntry[] = [
  // Jewelry of precious metal (7113) versus imitation jewelry (7117).
  [
    'sterling silver|925 silver|s925|925 sterling|solid gold|real gold|14k solid|18k solid|solid 14k|solid 18k|10k gold|pure silver|fine silver|999 silver|gold 750|platinum|pt950|fine jewelry|karat gold',
    '7113:1.2 7106:0.3 7108:0.3',
  ],
  [
    'zinc alloy|alloy|stainless steel jewelry|titanium steel|base metal|gold plated|silver plated|plated|copper alloy|brass|copper|iron|stainless steel|acrylic|resin|plastic|enamel|rhinestone|crystal|imitation|trendy|costume|metal|tibetan silver|316l|punk|hip hop',
    '7117:0.7',
  ],
  [
    'natural stone|gemstone|jade|agate|amethyst|crystal quartz|turquoise|tiger eye|lapis lazuli|obsidian|rose quartz|semi precious|precious stone',
    '7116:0.8 7103:0.4',
  ],
  ['pearl|freshwater pearl|cultured pearl|natural pearl', '7116:0.6 7101:0.4'],
  // Footwear: upper of leather (6403), of textile (6404), of rubber or plastics (6402).
  [
    'leather|genuine leather|cow leather|cowhide|split leather|leather upper|full grain|pigskin|sheepskin|suede|cow suede|nubuck|patent leather|real leather',
    '6403:1 4202.21:0.5 4202.31:0.5 4202.11:0.5 4203.30:0.3',
  ],
  [
    'mesh|canvas|fabric upper|cloth|textile|knit upper|knitting|flyknit|air mesh|lycra|cotton fabric|denim|satin|velvet|flock|felt|stretch fabric|microfiber|corduroy|oxford cloth|nylon',
    '6404:0.9 4202.92:0.5 4202.22:0.5 4202.32:0.3 4202.12:0.4',
  ],
  [
    'pu|pu leather|synthetic leather|faux leather|vegan leather|microfiber leather|pvc|rubber|eva|tpr|plastic|silicone|jelly|polyurethane|pu upper|synthetic|leatherette',
    '6402:0.9 4202.22:0.6 4202.32:0.6 4202.12:0.5 4202.92:0.3 3926:0.3',
  ],
  // Garments: knitted or crocheted (61) versus woven (62).
  [
    'knit|knitted|knitting|crochet|crocheted|jersey|rib knit|ribbed|stretch|spandex|elastane|modal|fleece|terry|sweat|pique',
    '6104:0.6 6103:0.6 6106:0.6 6105:0.6 6102:0.5 6101:0.5 6108:0.4 6107:0.4 6114:0.5 6112:0.4 6117:0.4 6116:0.4',
  ],
  [
    'woven|chiffon|denim|linen|poplin|twill|corduroy|tweed|satin|organza|lace|silk|broadcloth|canvas|oxford|taffeta|georgette|tulle|voile|gauze|seersucker|flannel|velvet|leather',
    '6204:0.6 6203:0.6 6206:0.6 6205:0.6 6202:0.5 6201:0.5 6208:0.4 6207:0.4 6211:0.5 6214:0.4 6216:0.4',
  ],
  // Household articles by material: plastics, ceramics, glass, steel, wood.
  [
    'plastic|pp|pe|abs|acrylic|pvc|silicone|melamine|polypropylene|polyethylene|tpu|tpe|resin|polyester resin|pet',
    '3924:0.6 3926:0.6 3923:0.4 9503:0.2 4202.92:0.2 4202.32:0.2',
  ],
  ['ceramic|porcelain|stoneware|bone china|clay', '6912:0.6 6911:0.6 6913:0.6 6914:0.4'],
  ['glass|borosilicate|crystal glass|tempered glass', '7013:0.6 7018:0.4 7020:0.4 7007:0.3'],
  ['stainless steel|steel|iron|metal|cast iron|carbon steel|alloy steel', '7323:0.6 7326:0.6 8211:0.3 8215:0.3 7318:0.2'],
  ['aluminum|aluminium', '7615:0.6 7616:0.6'],
  ['wood|wooden|bamboo|pine|oak|walnut|beech|birch|mdf|solid wood|plywood', '4419:0.6 4420:0.6 4421:0.6 9403:0.3'],
  ['cotton|100% cotton|pure cotton|cotton blend', '6109.10 6110.20 6104:0.2 6204:0.2 6302:0.3 5208:0.3'],
  ['polyester|nylon|acrylic|polyamide|synthetic fiber|spandex|viscose|rayon|chemical fiber|microfiber', '6109.90 6110.30 6302:0.2 5407:0.2'],
];

/** Words that say whom a garment is for; they steer between men's and women's headings. */
export const GENDERED = {
  women: { words: 'women|girl|girls|female|lady|ladies|womens|maternity|bridal|bride', headings: '6102 6104 6106 6108 6202 6204 6206 6208 6212' },
  men: { words: 'men|boy|boys|male|mens|gentleman|groom', headings: '6101 6103 6105 6107 6201 6203 6205 6207' },
} as const;
