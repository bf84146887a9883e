/** English trigger lexicons: the words each rule of rules.ts names with `:name`, lower-cased. */
import { englishVerbs } from './compromise.ts';

const english = (...words: string[]) => words.map((w) => w.toLowerCase());

// Damning words for someone or their act (lexicons damning and verdict below).
const DAMNING = english(
  'unacceptable', 'outrageous', 'unqualified', 'unfit', 'unsatisfactory', 'irresponsible', 'reckless', 'dangerous', 'disgraceful', 'disgrace',
  'shameful', 'disaster', 'disastrous', 'catastrophe', 'catastrophic', 'mistake', 'failure', 'liar', 'liars', 'illegal', 'illegitimate', 'aggressors',
  'aggressor', 'aggression', 'provocation', 'provocative', 'provocations', 'unhelpful', 'despicable', 'deplorable', 'appalling', 'abhorrent',
  'racist', 'incompetent', 'hypocritical', 'hypocrite', 'hypocrisy', 'violation', 'criminal', 'criminals', 'terrorist', 'terrorists', 'thug',
  'thugs', 'dictator', 'tyrant', 'butcher', 'insulting', 'offensive', 'pathetic', 'weak', 'naive', 'foolish', 'disturbing', 'troubling',
  'alarming', 'unprecedented', 'destabilizing', 'destabilising', 'hostile', 'menace', 'threat', 'unjust', 'unjustified', 'inexcusable',
  'unconscionable', 'reprehensible', 'barbaric', 'cowardly', 'evil', 'disgusting', 'horrific', 'heinous', 'atrocious', 'embarrassment',
  // "called the investigation a witch hunt", "called Comey a liar and a leaker".
  'witch', 'sham', 'farce', 'travesty', 'charade', 'corrupt', 'crooked', 'dishonest', 'treasonous', 'traitor', 'traitors', 'unhinged', 'clown',
  'loser', 'terrible', 'horrible', 'fraud', 'phony', 'bully', 'leaker', 'idiot', 'moron', 'disloyal', 'unpatriotic',
);

export const LEXICONS: Record<string, string[]> = {
  // Sanctions are imposed (a verb, then the noun) or sanctioned; the noun alone ("spoke of new
  // sanctions on Iran", "talks about sanctions on Russia") says nobody imposed anything, and
  // imposing tariffs is no sanction (ANNOTATION.md).
  // The verb only: the plural noun ("new Western sanctions mark the first time Washington …") is sanctions,
  // read with its preposition (en.sanctions.5), not over a gap to whatever actor follows.
  sanction: englishVerbs('sanction', 'blacklist').filter((form) => form !== 'sanctions'),
  impose: englishVerbs('impose', 'slap', 'levy', 'authorize', 'authorise', 'adopt', 'extend', 'expand', 'tighten', 'announce', 'approve'),
  sanctions: english('sanctions', 'sanction', 'embargo', 'embargoes'),
  freeze: englishVerbs('freeze'),
  assets: english('assets', 'funds', 'accounts'),
  on: english('on', 'against'),
  ally: english('ally', 'allies', 'allied'),
  with: english('with', 'of', 'to'),
  pact: english('pact', 'treaty', 'agreement'),
  defence: english('defence', 'defense', 'security', 'military', 'mutual'),
  sign: english('signed', 'signs', 'sign', 'ratified', 'between'),
  // Not "host" or "hosts", nouns as often as verbs ("Fareed Zakaria, host of CNN's …").
  met: [...englishVerbs('meet'), ...english('hosted', 'hosting', 'talks')],
  // "Trump and Macron met at the Elysee", "Moon and Kim met Friday in Panmunjom": two named together met
  // each other when nothing they met follows ("Pence and Pompeo met with a delegation", "Trump and Xi
  // meet business leaders"). Not the present "meet", as often a meeting to come ("when Trump and Kim meet").
  metTogether: english('met', 'meeting', 'talks'),
  metHow: english(
    'at', 'in', 'on', 'for', 'during', 'over', 'inside', 'near', 'privately', 'secretly', 'briefly', 'separately', 'face', 'behind', 'again', 'twice',
    'several', 'many', 'last', 'earlier', 'yesterday', 'recently',
  ),
  // "Trump welcomed Macron to the White House", "sat down with Putin", "shook hands with Kim".
  welcome: englishVerbs('welcome'),
  sat: english('sat', 'sits', 'sitting'),
  down: english('down'),
  shook: english('shook', 'shakes', 'shaking', 'shaken'),
  hands: english('hands'),
  visit: englishVerbs('visit', 'tour'),
  // "upon arrival in France": the noun says the visit as the verb does.
  arrive: [...englishVerbs('arrive'), ...english('arrival')],
  inOrAt: english('in', 'at'),
  // "Pompeo traveled to Moscow", "Trump flew to Singapore", "Kim landed in Hanoi": a trip made. Not
  // the present ("when he travels to Washington in March" is to come), nor "returned to", mostly home.
  travel: english('traveled', 'travelled', 'flew', 'jetted'),
  landed: english('landed'),
  // "upon arrival in France": the traveller is whom the sentence is about. A state only: "dead on
  // arrival in the Senate" is a bill's fate.
  upon: english('upon', 'on', 'after'),
  arrivalNoun: english('arrival'),
  visitNoun: english('visit', 'visits', 'trip', 'trips'),
  // "Kerry said Monday during a visit to Jerusalem": the speaker is the visitor.
  sayWord: english('said', 'says', 'spoke', 'told'),
  visitVerb: englishVerbs('visit'),
  to: english('to'),
  visitMade: english('during', 'embarked', 'paid', 'pays', 'made', 'returned', 'returning', 'concluded', 'wrapped', 'ended', 'completed'),
  // Nouns of criticism and taking aim: "Trump's criticism of Sessions", "took swipes at Trump".
  criticism: english('criticism', 'criticisms', 'condemnation', 'denunciation', 'rebuke'),
  swipe: english('swipe', 'swipes', 'aim', 'jab', 'jabs', 'potshots', 'shots'),
  of: english('of'),
  // "The Islamic State has taken control of a large swath of Iraq and Syria", "seized control of".
  takeControl: englishVerbs('take', 'seize', 'wrest', 'grab', 'gain'),
  control: english('control'),
  // What is taken is land: "large parts of Syria and Iraq", "much of Afghanistan". Not "took control of
  // Gaza" from a rival party, nor "of the former British colony" by treaty, nor "of the Syrian war".
  swath: english('swath', 'swaths', 'swathes', 'part', 'parts', 'sections', 'areas', 'much', 'most', 'chunks', 'territory', 'cities', 'towns', 'provinces', 'regions'),
  // Taking ground by force: "captured a major air base in Syria", "overran outposts held by rebels".
  seize: englishVerbs('capture', 'seize', 'overrun', 'overwhelm'),
  in: english('in'),
  accuse: englishVerbs('accuse', 'blame'),
  // What an accusation charges someone with: "accused Moscow of", "blamed Obama for".
  ofFor: english('of', 'for'),
  // "blames the attack on Israel": the blame laid on someone.
  blame: englishVerbs('blame'),
  and: english('and'),
  // "held Russia responsible": blaming; holding a person responsible detains no one.
  responsible: english('responsible', 'accountable'),
  // "lashed out at", "hit out at": attacking with words.
  lashOut: englishVerbs('lash', 'hit'),
  out: english('out'),
  at: english('at', 'against'),
  condemn: englishVerbs(
    'condemn', 'criticize', 'criticise', 'denounce', 'slam', 'rebuke', 'lambast', 'censure', 'protest', 'warn', 'blast', 'decry',
    'chastise', 'scold', 'berate', 'castigate', 'excoriate', 'deride', 'ridicule', 'assail', 'chide', 'reprimand', 'admonish', 'fault', 'disparage', 'pillory',
  ),
  // Condemning without warning: "warned Americans not to travel" is advice, not a rebuke, and reads
  // only right after its subject (en.criticizes.1).
  criticize: englishVerbs(
    'condemn', 'criticize', 'criticise', 'denounce', 'slam', 'rebuke', 'lambast', 'censure', 'blast', 'decry', 'chastise', 'scold', 'berate',
    'castigate', 'excoriate', 'deride', 'ridicule', 'assail', 'chide', 'reprimand', 'fault', 'disparage', 'pillory',
  ),
  // The press's words for it: "Pelosi ripped Trump", "Sanders bashed the Pentagon" (compromise misses
  // "ripped"). Not the gerunds of compounds ("Obama-bashing"), nor "ripping us off"; not "smear",
  // whose object is mostly someone's opponents.
  harsh: [
    ...englishVerbs('bash', 'trash', 'skewer', 'savage', 'vilify', 'demonize', 'belittle', 'denigrate', 'upbraid', 'lampoon', 'insult', 'rip'),
    ...english('ripped'),
  ].filter((form) => form !== 'bashing' && form !== 'ripping'),
  // "fired back at Trump", "hit back at Moscow", "pushed back against the EU": a retort is a criticism.
  // Not "striking back", a reprisal; and only a person's retort (en.criticizes.22): "China hit back at the
  // U.S. by announcing tariffs" is a state's reprisal.
  retort: englishVerbs('fire', 'hit', 'shoot', 'lash'),
  back: english('back'),
  atAgainst: english('at', 'against'),
  // "railed against Obama", "tore into the Justice Department", "laid into Pelosi".
  rail: englishVerbs('rail', 'inveigh', 'fulminate'),
  tearInto: [...englishVerbs('tear', 'lay', 'light'), ...english('laid', 'lit')],
  intoOnly: english('into'),
  // "Trump's attacks on Sessions", "his tirade against Comey": between people, attacks of words.
  tirade: english('attack', 'attacks', 'tirade', 'tirades', 'broadside', 'broadsides', 'diatribe', 'diatribes', 'rant', 'rants', 'assault', 'assaults', 'barrage'),
  onAgainstAt: english('on', 'against', 'at'),
  // "Lavrov called Pyongyang's action 'unacceptable'", "McCain called Hagel unqualified", "described
  // Obama's policy as a disaster": a damning word for someone or their act criticises them. Not words of
  // falsehood ("baseless", "lies"), which deny a claim, nor praise, which most descriptions are.
  call: englishVerbs('call', 'describe', 'label', 'brand', 'dub', 'term'),
  callOrCondemn: [...englishVerbs('call', 'describe', 'label', 'brand', 'dub', 'term', 'dismiss', 'reject', 'blast', 'denounce', 'slam', 'deride')],
  damning: DAMNING,
  // The damning words a statement may say of someone, but not those that as often describe what was done
  // to them or by others ("the attacks were conducted by terrorists", "U.S. officials knew this was a
  // hostile action", "the Turkish offensive").
  verdict: DAMNING.filter((word) => !['terrorist', 'terrorists', 'hostile', 'offensive', 'unprecedented'].includes(word)),
  // Nominal events whose owner is written right before the noun, as a possessive or an adjective:
  // "Russian accusations against Ukraine", "Trump's threats against North Korea", "Iran's detention of
  // Jason Rezaian", "the U.S. invasion of Iraq", "Obama's warnings to Syria".
  accusation: english('accusation', 'accusations', 'allegation', 'allegations', 'charges'),
  against: english('against'),
  that: english('that'),
  // The plural: threats are things said; "the ISIS threat to the West" is a danger.
  threatNoun: english('threats'),
  againstTo: english('against', 'to'),
  warning: english('warning', 'warnings', 'ultimatum'),
  attackOf: english('invasion', 'bombing', 'bombardment', 'shelling'),
  detention: english('arrest', 'detention', 'imprisonment', 'jailing'),
  // "with Erdogan accusing Russia of deceit", "with Lavrov blasting Ukrainian authorities": the
  // gerund of an absolute clause, whose subject follows "with".
  accusing: [...englishVerbs('accuse', 'blame'), ...englishVerbs('condemn', 'criticize', 'criticise', 'denounce', 'slam', 'blast', 'rebuke', 'lambast', 'decry', 'fault')].filter((form) =>
    form.endsWith('ing'),
  ),
  // "Pelosi, a frequent critic of Trump", "McCain has been critical of Obama": the critic's stance stated.
  critic: english('critic', 'critical'),
  // "Germany objected to Turkey's …", "complained about China's …", "took issue with Trump's remarks".
  object: englishVerbs('object'),
  toWordOnly: english('to'),
  // Not "complained to Coats", who was told.
  complain: englishVerbs('complain'),
  aboutOf: english('about', 'of'),
  take: englishVerbs('take').concat(english('took')),
  issue: english('issue'),
  withWord: english('with'),
  // ", lashing out at Macron's suggestion": a participle whose subject is the sentence's.
  lashing: english('lashing', 'hitting'),
  what: english('what'),
  withAlone: english('with'),
  // "Nadler said Barr and Trump lied to the American people", "warned that the Russians are interfering":
  // a wrong stated of someone, in the clause said, accuses them.
  assert: english('said', 'says', 'warned', 'warns', 'claimed', 'claims', 'alleged', 'alleges', 'charged', 'charges', 'insisted', 'insists', 'argued', 'argues', 'believes', 'concluded'),
  misdeed: english(
    'lied', 'lying', 'misled', 'misleading', 'misrepresented', 'cheated', 'cheating', 'interfered', 'interfering', 'meddled', 'meddling', 'violated',
    'violating', 'colluded', 'colluding', 'obstructed', 'betrayed', 'sabotaged', 'sabotaging', 'behind',
    // "Turkey said the PKK was responsible for the bombing", "said Assad orchestrated the attack".
    'responsible', 'guilty', 'culpable', 'orchestrated', 'masterminded', 'plotted', 'hacked', 'rigged', 'stole', 'leaked', 'abused', 'harbors', 'harbours',
    'harboring', 'harbouring', 'bribed', 'defrauded', 'threatened',
  ),
  // "called Netanyahu's remarks 'entirely baseless'", "blasted the report as 'ludicrous nonsense'": a
  // claim called false is denied, and its maker, when named, is the target.
  claimish: english(
    'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'remarks', 'statement',
    'statements', 'comments', 'story', 'stories', 'assertion', 'assertions', 'rumors', 'rumours', 'suggestion',
  ),
  false: english('baseless', 'groundless', 'unfounded', 'false', 'untrue', 'fabricated', 'fabrication', 'lies', 'nonsense', 'ludicrous', 'absurd', 'ridiculous', 'hoax', 'fiction', 'slander', 'fake', 'propaganda'),
  // "Obama urged Russia to stop arming the separatists", "called on Israel to halt": urging someone to
  // stop what they do criticises it (a warning, ANNOTATION.md), as ar.criticizes.9 reads «طالب … بالكف عن».
  urge: english('urged', 'urges', 'urging', 'told', 'tells', 'telling', 'pressed', 'presses', 'pressing', 'demanded', 'demands', 'demanding'),
  callWord: english('called', 'calls', 'calling'),
  // Not "refrain", a negation word (MODE_WORDS), nor "rein in", whose object is another ("urged China to rein in North Korea").
  stop: english('stop', 'halt', 'end', 'cease', 'withdraw', 'abandon', 'desist', 'quit'),
  // A person who attacks or mocks a person does it with words: "Trump attacked Sessions", "Obama mocked Romney".
  verbalAttack: englishVerbs('attack', 'mock'),
  // Stated dismay, concern or fear (ANNOTATION.md): "Cameron said he was horrified by", "is deeply concerned about China's".
  dismayed: english(
    'horrified', 'appalled', 'outraged', 'disgusted', 'dismayed', 'troubled', 'disturbed', 'alarmed', 'disappointed', 'angered', 'incensed', 'infuriated',
    'frustrated', 'offended', 'sickened',
  ),
  // Not "concerned with" (caring for): "concerned with the Israeli needs".
  concerned: english('concerned', 'worried'),
  aboutBy: english('by', 'at', 'over', 'about', 'regarding'),
  // "raised concerns about China's …", "has repeatedly raised concern over Russia's …".
  raise: englishVerbs('raise'),
  concernNoun: english('concern', 'concerns', 'outrage', 'dismay', 'disappointment', 'alarm', 'anger', 'indignation', 'displeasure', 'frustration', 'disapproval'),
  overAt: english('by', 'at', 'over', 'about', 'with', 'regarding'),
  detain: englishVerbs('detain', 'arrest', 'jail', 'imprison'),
  // "John Cantlie remains an Islamic State hostage", "was held hostage by Hamas".
  beRemain: [...english('was', 'were', 'is', 'are', 'been', 'being'), ...englishVerbs('remain')],
  hostage: english('hostage', 'captive'),
  heldTaken: english('held', 'taken', 'kept'),
  // "holds three Britons", but "held talks with": holding detains only a person named right after it.
  hold: english('holds', 'held', 'holding'),
  meeting: english('talks', 'summit', 'meeting', 'meetings', 'negotiations'),
  between: english('between'),
  meetingHeld: english('after', 'during', 'following', 'held', 'at'),
  // A verb takes its target straight after it; a noun only through a preposition ("war on", "strikes
  // against"): "the Vietnam War U.S. …" is no attack on the United States.
  attackVerb: englishVerbs('attack', 'invade', 'strike', 'bomb', 'shell', 'raid'),
  attack: [...englishVerbs('attack', 'invade', 'strike', 'bomb', 'shell', 'raid'), ...english('invasion', 'airstrikes', 'war', 'offensive', 'assault')],
  // "The Islamic State beheaded Peter Kassig", "a U.S. drone strike killed Soleimani" / "was killed by a U.S.
  // drone": a killing by a state or a group attacks the person killed (not "executed", a sentence carried out).
  kill: englishVerbs('kill', 'behead', 'assassinate', 'murder', 'slay').concat(english('slain')),
  killed: english('killed', 'beheaded', 'assassinated', 'murdered', 'slain'),
  // "Hamas fired rockets into Israel", "Iran fired on a U.S. drone": fire aimed at someone attacks them.
  fire: english('fired', 'fires', 'firing', 'fire'),
  projectile: english('rockets', 'rocket', 'missiles', 'missile', 'mortars', 'mortar', 'shells', 'artillery', 'shots'),
  atOnInto: english('at', 'on', 'into', 'toward', 'towards'),
  atOn: english('at', 'on'),
  deny: englishVerbs('deny', 'reject', 'dismiss', 'refute'),
  // What is denied is a claim: "rejected the accusations", "dismissed reports", "denied that …". Rejecting a
  // proposal or an offer, or denying someone a visa, denies no accusation (ONTOLOGY.md).
  claim: english(
    'allegation', 'allegations', 'accusation', 'accusations', 'claim', 'claims', 'charge', 'charges', 'report', 'reports', 'contention', 'contentions',
    'assertion', 'assertions', 'suggestion', 'suggestions', 'notion', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'insinuation', 'insinuations',
    // "rejected Graham's criticisms", "rejected Rice's statement that", "dismissed the intelligence
    // community's assessment", "rejected the premise": what someone said, denied.
    'criticism', 'criticisms', 'statement', 'statements', 'characterization', 'characterizations', 'assessment', 'assessments', 'findings', 'conclusion',
    'conclusions', 'premise', 'narrative', 'theory', 'theories',
  ),
  // "deny" itself takes the act denied, as a noun or a gerund (-ing in a pattern): "denied any wrongdoing",
  // "Chile denied supplying Peru".
  denyVerb: englishVerbs('deny'),
  denied: english('that', 'it', 'this', 'any', 'wrongdoing', 'involvement', 'responsibility', 'role', 'knowledge', 'links', 'ties'),
  threaten: englishVerbs('threaten'),
  // "Iran vowed to retaliate against Israel", "Trump vowed to destroy ISIS": a punishment vowed threatens.
  vow: englishVerbs('vow').concat(english('vowed')),
  // "threatened to sue Twitter", "threatened to fire Mueller": the punishment threatened names its target.
  punish: englishVerbs(
    'sue', 'punish', 'sanction', 'attack', 'strike', 'bomb', 'destroy', 'invade', 'expel', 'arrest', 'jail', 'imprison', 'fire', 'impeach', 'prosecute',
    'indict', 'annihilate', 'obliterate', 'crush', 'retaliate', 'kill', 'oust', 'subpoena', 'boycott', 'penalize', 'penalise',
  ),
  toWord: english('to'),
  supply: englishVerbs('supply', 'send', 'provide', 'deliver', 'sell'),
  // Not aircraft: "sent fighter jets to Libya to bomb" deploys them; nor rockets, which are sent "toward" an enemy.
  weapons: english('weapons', 'arms', 'missiles', 'ammunition', 'weaponry', 'munitions', 'rifles', 'firearms'),
  // "Trump's arms deal with Saudi Arabia".
  deal: english('deal', 'deals', 'contract', 'contracts'),
  // "Russian arms shipments to Syria", "U.S. military aid to Egypt", "Iran has been Hamas' chief arms supplier".
  deliveries: english('shipments', 'shipment', 'sales', 'sale', 'deliveries', 'delivery', 'supplies', 'transfers'),
  militaryAid: english('aid', 'assistance'),
  military: english('military'),
  supplier: english('supplier', 'suppliers', 'provider', 'supply'),
  // "the rebels were armed by Qatar", "forces trained by the United States".
  armed: english('armed', 'trained', 'equipped'),
  troops: english('troops', 'soldiers', 'forces'),
  // "The U.S. has about 2,000 troops in Syria", "U.S. troops in Afghanistan", "deployed 3,000 troops to Poland".
  have: english('has', 'have', 'had', 'keeps', 'kept', 'maintains', 'maintained'),
  // Not "personnel", as often diplomats ("U.S. personnel in Benghazi").
  troopsOnly: english('troops', 'soldiers'),
  inWord: english('in'),
  // "There are about 8,400 US troops in Afghanistan", "the roughly 5,000 US troops in Iraq": troops counted
  // where they are (not a caption's "The Vietnam War U.S. troops in Vietnam", whose war names a state).
  counted: english('the', 'there', 'about', 'roughly', 'around', 'some', 'nearly', 'than', 'approximately', 'estimated'),
  deployVerb: [...englishVerbs('deploy', 'dispatch'), ...english('redeployed')],
  // Not "station" itself, which is mostly a noun ("a police station in …").
  stationed: [...englishVerbs('deploy'), ...english('stationed', 'stationing', 'based')],
  fight: englishVerbs('fight'),
  alongside: english('alongside'),
  train: englishVerbs('train', 'arm', 'equip'),
  into: english('to', 'into', 'in'),
  counterpart: english('counterpart'),
  // The passive: "was detained by", "were sanctioned by".
  be: english('was', 'were', 'is', 'are', 'been', 'being'),
  by: english('by'),
  sanctioned: english('sanctioned', 'blacklisted'),
  detained: english('detained', 'arrested', 'held', 'jailed', 'imprisoned'),
  attacked: english('attacked', 'struck', 'bombed', 'shelled', 'invaded', 'targeted'),
  criticised: english(
    'condemned', 'criticised', 'criticized', 'denounced', 'accused', 'blamed', 'slammed', 'blasted', 'rebuked', 'lambasted', 'chastised', 'ridiculed',
    'mocked', 'assailed', 'excoriated', 'castigated', 'faulted', 'ripped', 'bashed', 'scolded', 'berated', 'censured', 'reprimanded', 'derided',
  ),
  // "Trump drew sharp criticism from Republicans", "Saudi Arabia faced condemnation from Canada", "came
  // under fire from Democrats": criticism received names the critic after "from".
  draw: [...englishVerbs('draw', 'face', 'receive', 'attract'), ...english('drew', 'drawn')],
  criticismReceived: english('criticism', 'condemnation', 'condemnations', 'rebuke', 'rebukes', 'backlash', 'ire', 'scorn', 'censure', 'rebukes'),
  from: english('from'),
  came: [...englishVerbs('come'), ...english('came')],
  under: english('under'),
  fireNoun: english('fire'),
  // Voicing political support: "Trump defended McMaster", "France backs Lebanon".
  // Not "back" itself: "I have Israel's back", "back down".
  defend: englishVerbs('defend', 'back', 'endorse', 'champion').filter((form) => form !== 'back'),
  supportNoun: english('support', 'backing', 'solidarity'),
  // "Schiff came to Rice's defense", "threw his support behind Biden". Not "sided with", as often a
  // judge's ruling ("Judge Jackson sided with Mueller"), nor "stood by".
  defense: english('defense', 'defence', 'aid', 'rescue'),
  behind: english('behind'),
  forOrWith: english('for', 'with'),
  // Saying it: "expressed its support for", "reaffirmed solidarity with".
  express: englishVerbs('express', 'voice', 'reaffirm', 'reiterate', 'pledge', 'declare', 'offer', 'stress'),
  // A sentence with one of these words is about sport, where countries "meet" in a match and teams
  // "attack": no relation is read from it.
  sport: [
    'match', 'tournament', 'league', 'stadium', 'coach', 'striker', 'midfielder', 'fifa', 'olympic', 'olympics',
  ],
};
