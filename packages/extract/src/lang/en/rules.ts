/** English relation rules, tried in this order (the pattern language: engine/language.ts). */
import type { RelationRule } from '../../engine/language.ts';
import { ATTACK_CANCELLED, COLLECTIVE, MEETERS, MEETING_CANCELLED, MET, SANCTION_CANCELLED, VISITED } from '../frames.ts';

export const RULES: RelationRule[] = [
  // The EU imposed new sanctions on Russia / Trump Authorizes Sanctions Against Turkey
  { id: 'en.sanctions.1', type: 'SANCTIONS', pattern: 'S … :impose … :sanctions … :on T', confidence: 0.85, cancelledBy: SANCTION_CANCELLED },
  // The Treasury sanctioned two Iranian officials
  { id: 'en.sanctions.2', type: 'SANCTIONS', pattern: 'S :sanction … T', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  // U.S. sanctions on Iran: the imposer written before the noun
  { id: 'en.sanctions.5', type: 'SANCTIONS', pattern: 'S :sanctions :on T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  { id: 'en.allied_with.1', type: 'ALLIED_WITH', pattern: 'S … :ally :with T', confidence: 0.8 },
  // A defence treaty signed by / a security agreement between: an agreement of another kind (arms
  // control, trade) is no defence pact.
  { id: 'en.defense_pact.1', type: 'DEFENSE_PACT', pattern: ':defence :pact … :sign S', confidence: 0.8 },
  // Russia and North Korea signed a mutual defence treaty
  { id: 'en.defense_pact.2', type: 'DEFENSE_PACT', pattern: 'S :sign … :defence … :pact', confidence: 0.8 },
  { id: 'en.meets.1', type: 'MEETS', pattern: 'S :met … T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.2', type: 'MEETS', pattern: 'S :met …… :counterpart T', confidence: 0.8, sourceKinds: MEETERS, counterpart: true, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // The minister held talks with his Jordanian host / a summit with the Kenyan president
  { id: 'en.meets.3', type: 'MEETS', pattern: 'S … :meeting :with T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  // Talks between Kenya and Uganda: countries and delegations meet too (ANNOTATION.md).
  // After talks between Kenya and Uganda: countries and delegations meet too (ANNOTATION.md), when
  // the sentence says the meeting was held (see ar.meets.10).
  // "Trump and Macron met at the Elysee", "Putin and Erdogan held talks": both named as the subject.
  { id: 'en.meets.5', type: 'MEETS', pattern: 'S :and T :metTogether :metHow', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.6', type: 'MEETS', pattern: 'S :welcome T :to', confidence: 0.6, sourceKinds: MEETERS, targetKinds: ['person'], cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.7', type: 'MEETS', pattern: 'S :sat :down :withWord T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.8', type: 'MEETS', pattern: 'S :shook :hands :withWord T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: MET, cancelledBy: MEETING_CANCELLED },
  { id: 'en.meets.4', type: 'MEETS', pattern: ':meetingHeld … :meeting :between S', confidence: 0.7, cancelledBy: MEETING_CANCELLED },
  { id: 'en.deploys_troops_to.1', type: 'DEPLOYS_TROOPS_TO', pattern: 'S … :supply … :troops … :into T', confidence: 0.75 },
  { id: 'en.visits.1', type: 'VISITS', pattern: 'S :visit T', confidence: 0.7 },
  { id: 'en.accuses.1', type: 'ACCUSES', pattern: 'S :accuse T', confidence: 0.7 },
  // "The Obama administration last week accused Moscow of …", "Tillerson appeared to accuse South
  // Korean officials of lying": with its "of" or "for", the accusation reads its subject over a few
  // words that are no actor (a call or a clause of saying between them breaks it).
  { id: 'en.accuses.3', type: 'ACCUSES', pattern: 'S … :accuse T :ofFor', confidence: 0.65 },
  // "Khodorkovsky supported an opposition party and accused Putin of corruption": a second verb shares the subject.
  { id: 'en.accuses.4', type: 'ACCUSES', pattern: 'S … :and :accuse T :ofFor', confidence: 0.6 },
  // "Syria blames the strike on Israel": what is blamed, then on whom.
  { id: 'en.accuses.5', type: 'ACCUSES', pattern: 'S :blame … :on T', confidence: 0.6 },
  { id: 'en.accuses.2', type: 'ACCUSES', pattern: 'S :hold T :responsible', confidence: 0.7 },
  { id: 'en.criticizes.1', type: 'CRITICIZES', pattern: 'S :condemn T', confidence: 0.7 },
  // "Moscow denounced the vote and warned Ukraine": a second verb shares the subject.
  { id: 'en.criticizes.11', type: 'CRITICIZES', pattern: 'S … :and :criticize T', confidence: 0.6 },
  // "Vicente Fox, who has frequently criticised Trump": the head of the relative clause is its subject.
  { id: 'en.criticizes.12', type: 'CRITICIZES', pattern: 'S who :criticize T', confidence: 0.65 },
  { id: 'en.accuses.6', type: 'ACCUSES', pattern: 'S who :accuse T', confidence: 0.65 },
  // "Lavrov called Pyongyang's action 'unacceptable'", "McCain called Hagel unqualified".
  { id: 'en.criticizes.13', type: 'CRITICIZES', pattern: 'S :call T … :damning', confidence: 0.6 },
  { id: 'en.accuses.7', type: 'ACCUSES', pattern: 'S :accusation :against T', confidence: 0.6 },
  { id: 'en.accuses.8', type: 'ACCUSES', pattern: 'S :accusation :that T', confidence: 0.6 },
  { id: 'en.criticizes.14', type: 'CRITICIZES', pattern: 'S :warning :to T', confidence: 0.6 },
  { id: 'en.threatens.2', type: 'THREATENS', pattern: 'S :threatNoun :againstTo T', confidence: 0.6 },
  { id: 'en.attacks.8', type: 'ATTACKS', pattern: 'S :attackOf :of T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.detains.4', type: 'DETAINS', pattern: 'S :detention :of T', confidence: 0.6, targetKinds: ['person'] },
  // "Australia condemned what it called North Korea's dangerous conduct": the act so named is the target's.
  { id: 'en.criticizes.15', type: 'CRITICIZES', pattern: 'S :criticize :what …… :call T', confidence: 0.6 },
  // "with Palestinian leaders accusing Israeli forces of attacking a refugee camp"
  { id: 'en.accuses.9', type: 'ACCUSES', pattern: ':withAlone S :accusing T', confidence: 0.6 },
  { id: 'en.accuses.10', type: 'ACCUSES', pattern: 'S :assert T … :misdeed', confidence: 0.55 },
  { id: 'en.accuses.11', type: 'ACCUSES', pattern: 'S :assert :that T … :misdeed', confidence: 0.55 },
  // "Mattis warned that North Korea's latest missile launch was a reckless act", "Lavrov said the U.S.
  // strike was illegal": a damning word for someone or their act, stated, criticises them.
  // Only with the copula that makes the word said of them: not "Barr said Trump faced an unprecedented
  // situation", "said Damascus has warned of the threat of terrorism".
  { id: 'en.criticizes.32', type: 'CRITICIZES', pattern: 'S :assert T … :be … :verdict', confidence: 0.55 },
  { id: 'en.criticizes.33', type: 'CRITICIZES', pattern: 'S :assert :that T … :be … :verdict', confidence: 0.55 },
  { id: 'en.criticizes.18', type: 'CRITICIZES', pattern: 'S :urge T :to :stop', confidence: 0.6 },
  { id: 'en.criticizes.19', type: 'CRITICIZES', pattern: 'S :callWord :on T :to :stop', confidence: 0.6 },
  // The president lashed out at the Justice Department
  { id: 'en.criticizes.3', type: 'CRITICIZES', pattern: 'S :lashOut :out … :at … T', confidence: 0.7 },
  // Mr. Trump's criticism of Attorney General Jeff Sessions / Macron has taken swipes at Trump's nationalism
  { id: 'en.criticizes.4', type: 'CRITICIZES', pattern: 'S … :criticism :of T', confidence: 0.65 },
  { id: 'en.criticizes.5', type: 'CRITICIZES', pattern: 'S … :swipe :at T', confidence: 0.65 },
  { id: 'en.criticizes.28', type: 'CRITICIZES', pattern: 'S … :critic :of T', confidence: 0.6 },
  { id: 'en.criticizes.29', type: 'CRITICIZES', pattern: 'S :object :toWordOnly T', confidence: 0.6 },
  { id: 'en.criticizes.31', type: 'CRITICIZES', pattern: 'S :complain :aboutOf T', confidence: 0.6 },
  { id: 'en.criticizes.30', type: 'CRITICIZES', pattern: 'S :take :issue :withWord T', confidence: 0.6 },
  // "Trump attacked his French host, lashing out at Macron's suggestion": the participle's subject is the person named before.
  { id: 'en.criticizes.27', type: 'CRITICIZES', pattern: ':lashing S<< :out :atAgainst T', confidence: 0.55 },
  // "coupled with Mr. Trump's own criticism of Attorney General Jeff Sessions": the owner written right
  // before the noun is its agent, inside a phrase too.
  { id: 'en.criticizes.20', type: 'CRITICIZES', pattern: 'S :criticism :of T', confidence: 0.65 },
  { id: 'en.criticizes.26', type: 'CRITICIZES', pattern: 'S own :criticism :of T', confidence: 0.65 },
  // "Pelosi ripped Trump"; not "savaged the Libya intervention", a policy named after a state.
  { id: 'en.criticizes.21', type: 'CRITICIZES', pattern: 'S :harsh T', confidence: 0.65, wholeTarget: true },
  // "Bolton fired back at Trump"; "China hit back at the U.S. with new tariffs" is a state's reprisal.
  { id: 'en.criticizes.22', type: 'CRITICIZES', pattern: 'S :retort :back :atAgainst T', confidence: 0.65, sourceKinds: ['person'] },
  // "Netanyahu rails against the Iran nuclear deal" criticises the deal, not Iran.
  { id: 'en.criticizes.23', type: 'CRITICIZES', pattern: 'S :rail :atAgainst T', confidence: 0.65, wholeTarget: true },
  { id: 'en.criticizes.24', type: 'CRITICIZES', pattern: 'S :tearInto :intoOnly T', confidence: 0.6 },
  // A person's attacks on a person are words: "Trump's attacks on Sessions" (his attack on Syria is a strike).
  { id: 'en.criticizes.25', type: 'CRITICIZES', pattern: 'S :tirade :onAgainstAt T', confidence: 0.6, sourceKinds: ['person'], targetKinds: ['person'], wholeTarget: true },
  // Cameron said he was "horrified" by … / Japan is deeply concerned about China's …
  { id: 'en.criticizes.6', type: 'CRITICIZES', pattern: 'S … :dismayed :overAt T', confidence: 0.6 },
  { id: 'en.criticizes.9', type: 'CRITICIZES', pattern: 'S … :concerned :aboutBy T', confidence: 0.6 },
  // The EU expressed concern over Turkey's …
  { id: 'en.criticizes.7', type: 'CRITICIZES', pattern: 'S … :express … :concernNoun :overAt T', confidence: 0.6 },
  { id: 'en.criticizes.36', type: 'CRITICIZES', pattern: 'S … :raise … :concernNoun :overAt T', confidence: 0.6 },
  // Trump attacked Sessions again: between people, an attack is one of words (see COLLECTIVE).
  { id: 'en.criticizes.8', type: 'CRITICIZES', pattern: 'S :verbalAttack T', confidence: 0.6, sourceKinds: ['person'], targetKinds: ['person'] },
  // A named person (ANNOTATION.md): "detained 21 members of the Russian military" names no one.
  { id: 'en.detains.1', type: 'DETAINS', pattern: 'S :detain … T', confidence: 0.6, targetKinds: ['person'] },
  { id: 'en.detains.5', type: 'DETAINS', pattern: 'T :beRemain … S :hostage', confidence: 0.6, targetKinds: ['person'], sourceKinds: COLLECTIVE },
  { id: 'en.detains.6', type: 'DETAINS', pattern: 'T :be :heldTaken :hostage :by S', confidence: 0.65, targetKinds: ['person'] },
  // Iran holds a British-Iranian aid worker
  { id: 'en.detains.3', type: 'DETAINS', pattern: 'S :hold T', confidence: 0.6, targetKinds: ['person'] },
  { id: 'en.attacks.1', type: 'ATTACKS', pattern: 'S :attackVerb T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // Israel launched air strikes on Gaza
  // "airstrikes against the Islamic State"; not "against the militants in Iraq", where Iraq is the place.
  { id: 'en.attacks.2', type: 'ATTACKS', pattern: 'S … :attack :on T', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "strikes on positions of the Islamic State"
  { id: 'en.attacks.6', type: 'ATTACKS', pattern: 'S … :attack :on … :of T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "Hamas militants fired about 20 rockets at Israel", "Turkey fired on Syrian targets".
  { id: 'en.attacks.9', type: 'ATTACKS', pattern: 'S :fire … :projectile … :atOnInto T', confidence: 0.65, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.attacks.10', type: 'ATTACKS', pattern: 'S :fire :atOn T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "the Islamic State attacks in Paris", "Russian airstrikes in Syria": the attack where it struck.
  { id: 'en.attacks.5', type: 'ATTACKS', pattern: 'S :attack :in T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // "Trump defended McMaster" / "France expressed its support for Lebanon"
  // Support of a policy or a deal named after a state is not support of the state: wholeTarget.
  { id: 'en.supports.1', type: 'SUPPORTS', pattern: 'S :defend T', confidence: 0.6, wholeTarget: true },
  // "Russian support for Assad", "Iran's support for Hezbollah": the owner of the support, named right before it.
  { id: 'en.supports.6', type: 'SUPPORTS', pattern: 'S :came :toWord T :defense', confidence: 0.6 },
  { id: 'en.supports.7', type: 'SUPPORTS', pattern: 'S … :supportNoun :behind T', confidence: 0.6, wholeTarget: true },
  { id: 'en.supports.2', type: 'SUPPORTS', pattern: 'S :supportNoun :forOrWith T', confidence: 0.6, wholeTarget: true },
  { id: 'en.supports.3', type: 'SUPPORTS', pattern: 'S … :express … :supportNoun :forOrWith T', confidence: 0.6, wholeTarget: true },
  // Iran rejected the accusations by Saudi Arabia / dismissed criticism of Mr. Maliki
  { id: 'en.denies.2', type: 'DENIES', pattern: 'S :deny … :claim … T', confidence: 0.6 },
  // Moscow denies Western accusations / refuted Russian claims: the accuser before the claim.
  { id: 'en.denies.4', type: 'DENIES', pattern: 'S :deny … T :claim', confidence: 0.6 },
  // Chile denied supplying Peru (ANNOTATION.md) / denied that Russia …: the other actor of the act denied.
  { id: 'en.denies.5', type: 'DENIES', pattern: 'S :denyVerb -ing … T', confidence: 0.6 },
  { id: 'en.denies.6', type: 'DENIES', pattern: 'S :denyVerb … :denied … T', confidence: 0.6 },
  { id: 'en.denies.8', type: 'DENIES', pattern: 'S :call T :claimish … :false', confidence: 0.6 },
  { id: 'en.denies.9', type: 'DENIES', pattern: 'S :callOrCondemn … :claimish … :false', confidence: 0.55, fallback: true },
  // Russia denied the claims / denied that …: a denial with no accuser named.
  { id: 'en.denies.1', type: 'DENIES', pattern: 'S :deny … :claim', confidence: 0.6, fallback: true },
  { id: 'en.denies.3', type: 'DENIES', pattern: 'S :denyVerb … :denied', confidence: 0.6, fallback: true },
  { id: 'en.denies.7', type: 'DENIES', pattern: 'S :denyVerb -ing', confidence: 0.6, fallback: true },
  { id: 'en.threatens.1', type: 'THREATENS', pattern: 'S :threaten T', confidence: 0.6 },
  { id: 'en.threatens.4', type: 'THREATENS', pattern: 'S :threaten :toWord :punish T', confidence: 0.6 },
  { id: 'en.threatens.5', type: 'THREATENS', pattern: 'S :threaten :toWord :punish :atAgainst T', confidence: 0.6 },
  { id: 'en.threatens.6', type: 'THREATENS', pattern: 'S :vow :toWord :punish T', confidence: 0.55 },
  { id: 'en.threatens.7', type: 'THREATENS', pattern: 'S :vow :toWord :punish :atAgainst T', confidence: 0.55 },
  // "North Korea threatens missile strike on Guam": the threatened attack names the one threatened (the
  // attack itself is cancelled: ATTACK_CANCELLED). Not sanctions: "threatened vetoes of sanctions on
  // Syria", "threatened to pull out of sanction agreements on Iran".
  { id: 'en.threatens.3', type: 'THREATENS', pattern: 'S :threaten … :attack :on T', confidence: 0.6 },
  // The EU froze the assets of two Iranian officials
  { id: 'en.sanctions.3', type: 'SANCTIONS', pattern: 'S :freeze … :assets … T', confidence: 0.75, cancelledBy: SANCTION_CANCELLED },
  // The foreign minister arrived in Baghdad
  { id: 'en.visits.2', type: 'VISITS', pattern: 'S :arrive :inOrAt T', confidence: 0.7, sourceKinds: MEETERS, targetKinds: VISITED },
  // Kim arrived at a Vietnamese border station / Trump … upon arrival in France
  { id: 'en.visits.3', type: 'VISITS', pattern: 'S :arrive :inOrAt … N', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // Kim Chang Son, who arrived in Hanoi days ahead of the leader: the head of the relative clause.
  { id: 'en.visits.5', type: 'VISITS', pattern: 'S who :arrive :inOrAt T', confidence: 0.65, sourceKinds: MEETERS, targetKinds: VISITED },
  // Pompeo's visit to Iraq: the visitor right before the noun.
  { id: 'en.visits.6', type: 'VISITS', pattern: 'S :visitNoun :to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // During a visit to Tokyo / paid a visit to Cuba / returned from a trip to Senegal: a visit
  // made, not one encouraged, announced or cancelled; not "on a trip" ("sent two aides on a trip to").
  { id: 'en.visits.7', type: 'VISITS', pattern: 'S … :visitMade … :visitNoun :to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // "Trump attacked his French host upon arrival in France": the one arriving is the person named before, or the topic.
  { id: 'en.visits.8', type: 'VISITS', pattern: ':upon :arrivalNoun S<< :inOrAt T', confidence: 0.55, sourceKinds: ['person'], targetKinds: ['country'], fallback: true },
  { id: 'en.visits.10', type: 'VISITS', pattern: 'S :travel :to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: ['country'] },
  { id: 'en.visits.11', type: 'VISITS', pattern: 'S :landed :inOrAt T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: ['country'] },
  // "an unprecedented trip to Gaza by the Egyptian prime minister", "the visit to Cuba by Kerry".
  { id: 'en.visits.12', type: 'VISITS', pattern: ':visitNoun :to T :by S', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  // "Jang had close ties to China and visited Beijing in 2012": a second verb shares the subject.
  { id: 'en.visits.13', type: 'VISITS', pattern: 'S … :and :visitVerb T', confidence: 0.55, sourceKinds: MEETERS, targetKinds: ['country'] },
  { id: 'en.visits.14', type: 'VISITS', pattern: 'S :sayWord :visitMade … :visitNoun :to T', confidence: 0.6, sourceKinds: MEETERS, targetKinds: VISITED },
  { id: 'en.visits.4', type: 'VISITS', pattern: 'S … :arrive :in T', confidence: 0.6, sourceKinds: ['person'], targetKinds: VISITED },
  // Islamic State fighters captured a major military air base in northeastern Syria
  { id: 'en.attacks.4', type: 'ATTACKS', pattern: 'S … :seize … :in … T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // A state's territory taken by force ("has taken control of a large swath of Iraq and Syria"); not
  // a chamber taken by a party ("Democrats took control of the House").
  { id: 'en.attacks.11', type: 'ATTACKS', pattern: 'S … :takeControl :control :of … :swath :of T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: ['country'], cancelledBy: ATTACK_CANCELLED },
  // "overwhelmed outposts held by Syrian rebels": what was taken was the target's.
  { id: 'en.attacks.7', type: 'ATTACKS', pattern: 'S … :seize … held by T', confidence: 0.6, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  // Some 2,000 US troops stationed in Syria
  // "U.S. troops are stationed in Germany"; "American troops stationed in" is one item, its state with its troops.
  { id: 'en.deploys_troops_to.2', type: 'DEPLOYS_TROOPS_TO', pattern: 'S :troops … :stationed :in T', confidence: 0.7 },
  { id: 'en.deploys_troops_to.4', type: 'DEPLOYS_TROOPS_TO', pattern: ':counted … S :troopsOnly :inWord T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: ['country'] },
  { id: 'en.deploys_troops_to.5', type: 'DEPLOYS_TROOPS_TO', pattern: 'S :have … :troopsOnly :inWord T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: ['country'] },
  { id: 'en.deploys_troops_to.6', type: 'DEPLOYS_TROOPS_TO', pattern: 'S :deployVerb … :troops … :into T', confidence: 0.65, sourceKinds: COLLECTIVE, targetKinds: ['country'] },
  // A person "based in Kabul" lives or works there: forces are a state's or a body's.
  { id: 'en.deploys_troops_to.3', type: 'DEPLOYS_TROOPS_TO', pattern: 'S … :stationed :in T', confidence: 0.65, sourceKinds: COLLECTIVE },
  // Iranian militias fighting alongside Syrian government forces
  { id: 'en.allied_with.2', type: 'ALLIED_WITH', pattern: 'S … :fight :alongside T', confidence: 0.7, sourceKinds: COLLECTIVE },
  // The United States trained Syrian Kurdish fighters
  { id: 'en.military_aid.2', type: 'MILITARY_AID', pattern: 'S :train T', confidence: 0.6, sourceKinds: COLLECTIVE },
  // Iran was sanctioned by the United States / the journalist was detained by Turkish police
  { id: 'en.sanctions.4', type: 'SANCTIONS', pattern: 'T :be :sanctioned :by S', confidence: 0.8, cancelledBy: SANCTION_CANCELLED },
  { id: 'en.detains.2', type: 'DETAINS', pattern: 'T :be :detained :by S', confidence: 0.75, targetKinds: ['person'] },
  { id: 'en.attacks.12', type: 'ATTACKS', pattern: 'S :kill T', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: ['person'], cancelledBy: ATTACK_CANCELLED },
  { id: 'en.attacks.13', type: 'ATTACKS', pattern: 'T :be :killed :by S', confidence: 0.6, sourceKinds: COLLECTIVE, targetKinds: ['person'], cancelledBy: ATTACK_CANCELLED },
  { id: 'en.attacks.3', type: 'ATTACKS', pattern: 'T :be :attacked :by S', confidence: 0.7, sourceKinds: COLLECTIVE, cancelledBy: ATTACK_CANCELLED },
  { id: 'en.criticizes.2', type: 'CRITICIZES', pattern: 'T :be :criticised :by S', confidence: 0.7 },
  // The one criticised is the subject itself, not a place in it ("the bombardment in Syria has drawn criticism").
  { id: 'en.criticizes.34', type: 'CRITICIZES', pattern: 'T :draw … :criticismReceived :from S', confidence: 0.6, directTarget: true },
  { id: 'en.criticizes.35', type: 'CRITICIZES', pattern: 'T :came :under :fireNoun :from S', confidence: 0.6, directTarget: true },
  { id: 'en.military_aid.1', type: 'MILITARY_AID', pattern: 'S :supply … :weapons … T', confidence: 0.7 },
  { id: 'en.military_aid.3', type: 'MILITARY_AID', pattern: 'S :weapons :deliveries :to T', confidence: 0.7 },
  { id: 'en.military_aid.4', type: 'MILITARY_AID', pattern: 'S :military :militaryAid :to T', confidence: 0.7 },
  { id: 'en.military_aid.5', type: 'MILITARY_AID', pattern: 'S :be T … :weapons :supplier', confidence: 0.65 },
  { id: 'en.military_aid.8', type: 'MILITARY_AID', pattern: 'S :weapons :deal :withWord T', confidence: 0.6 },
  { id: 'en.military_aid.6', type: 'MILITARY_AID', pattern: 'T :be :armed :by S', confidence: 0.65, sourceKinds: COLLECTIVE },
];
