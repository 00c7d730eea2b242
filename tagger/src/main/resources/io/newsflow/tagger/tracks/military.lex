# Military / security track: armed forces, fighting, cease-fires and security arrangements, weapons,
# withdrawals, military commissions. Format: weight phrase [~context ...] (see README.md).
# 3 = names the track's business outright; 2 = clearly military; 1-1.5 = military in most news;
# below 1 = only supporting. ~context marks a cue that usually means something else in that context.

# --- cease-fires, truces and security arrangements
3    ceasefire
3    cease fire
3    truce
3    armistice
2.5  ceasefire line
2    ceasefire monitor
2.5  military commission
3    joint military commission
2.5  security arrangement
2    security talks
2    demilitarised
2    demilitarized
2    demilitarisation
2    demilitarization
2    demobilisation
2    demobilization
2    disarmament
2    disarm
2    decommissioning of weapons
2    buffer zone
2    naval blockade
2    military blockade
2    demarcation line
2    line of control
2    no-fly zone
2    de-escalation
1.5  de-escalate
2    peacekeeper
# peace talks, deals and processes end a war: the military track (with talks.lex for the talks)
2    peace talks
2    peace negotiations
2    peace process
2    peace deal
2    peace agreement
2    peace treaty
1.5  peace conference
1.5  peace plan
2    peacekeeping
2    peacekeeping force
1.5  withdrawal of troops
1.5  withdrawal of forces
1.5  troop withdrawal
1.5  pull out troops
1.5  foreign fighters
1.5  mercenary
2    prisoner exchange
2    prisoner swap
1    exchange prisoners
1.5  prisoners of war
2    hostilities
1.5  cessation of hostilities

# --- armed forces and their people
2    military                 ~ceremony ~arts
2    militarily
1.5  militarised
1.5  militarized
2    armed forces             ~ceremony
2    army                     ~ceremony ~sport ~tech ~arts
0    salvation army
2    =troops                  ~ceremony ~arts
1    troop                    ~ceremony
2    soldier                  ~ceremony ~arts
2    navy                     ~ceremony
2    naval                    ~ceremony
2    air force                ~ceremony
1.5  marines                  ~ceremony
2    special forces           ~ceremony ~arts
2    security forces
2    paramilitary
2    militia
2    militiamen
1.5  militant
1.5  rebels                   ~arts
1.5  rebel forces
1.5  insurgent
1.5  insurgency
1.5  guerrilla
1.5  gunmen
1.5  armed group
1.5  armed men
1.5  fighters                 ~sport ~arts
1.5  warlord
1.5  commander                ~sport ~ceremony
2    military commander
2    army chief
2    chief of staff of the army
1.5  general staff
2    defence minister
2    defense minister
2    defence ministry
2    defense ministry
2    defence secretary
2    defense secretary
2    ministry of defence
1.5  pentagon
1.5  nato
1    =forces                  ~ceremony ~tech ~arts
1    use of force
0    market forces
0    join forces
0    into force               # a law or truce "comes into force"
0    forces of nature
1    battalion
1    brigade
1    regiment
1    division of troops
1    warship
1.5  aircraft carrier
1    garrison
1    deploy                   ~tech
1.5  deployment of troops
1    reinforcements           ~sport
1    veteran                  ~sport ~arts ~ceremony

# --- fighting
2    warring sides
2    warring parties
2    warring factions
1.5  =fighting                ~sport ~arts
1.5  heavy fighting
1.5  fierce fighting
1    =fought                  ~sport ~arts
0    fighting fit
0    fighting chance
0    fighting talk
1.5  clashes                  ~sport ~arts
1.5  armed conflict
1    conflict                 ~arts
0    conflict of interest
1.5  war                      ~sport ~tech ~arts ~ceremony
0    war memorial
0    war graves
1.5  civil war                ~arts
1.5  war crimes
0    price war
0    trade war
0    bidding war
0    talent war
0    format war
0    browser war
0    console war
0    war of words
0    war chest
0    culture war
0    turf war
0    war on want
1    warfare                  ~tech
1.5  offensive                ~sport
0    charm offensive
0    offensive remarks
0    offensive language
0    offensive comments
1    attack                   ~sport ~tech ~arts
0    heart attack
0    panic attack
0    asthma attack
1.5  military attack
1.5  armed attack
2    airstrike
2    air strike
2    air raid
2    drone strike
2    missile strike
1    raid                     ~sport
1.5  bombardment
1.5  shelling
1.5  bombing                  ~arts
1.5  bomber                   ~arts
0    bombed at the box office
1.5  suicide bomber
1.5  car bomb
1.5  roadside bomb
0.5  explosion
1    gunfire
1    gunfight
1.5  firefight
1    sniper                   ~arts
1    ambush                   ~sport
1    siege                    ~sport ~arts
1.5  invasion                 ~sport ~arts
1.5  invade                   ~sport
1    occupation               ~arts
1    occupying forces
1.5  counter-offensive
1    counterattack            ~sport
1    front line               ~sport
1    frontline                ~sport
1    battle                   ~sport ~tech ~arts
0    legal battle
0    court battle
0    takeover battle
0    battle for control of
0    battle of the bands
1.5  battlefield              ~tech ~arts
1    casualties
1.5  killed in fighting
1    captured                 ~sport ~arts
1.5  hostage                  ~arts
1    massacre                 ~arts
1    atrocities
1    evacuated
1    besieged
1    troops killed
1.5  security situation
1    security                 ~tech ~sport
0    social security
0    security council         # political body; see political.lex
0    internet security
0    computer security
0    security software
0    security flaw
0    security hole
0    security firm
0    security patch
0    security breach
0    security update
0    food security
0    job security
0    financial security
0    =securities
0    security guard
1    terrorist
1    terrorism
1    counter-terrorism
1.5  jihadist

# --- weapons
1.5  =weapons                 ~tech ~sport ~arts
1    weapon                   ~tech ~sport ~arts
2    weapons of mass destruction
1.5  =arms                    ~sport
0    =up =in =arms
0    arms and legs
1.5  arms embargo
1.5  arms deal
1.5  arms race
1.5  arms control
1.5  arms supplies
1.5  ammunition
1.5  artillery
1.5  missile                  ~ceremony
1.5  rocket fire
1    rockets                  ~ceremony ~tech
1.5  tanks                    ~ceremony
0    think tanks
0    fuel tanks
0    fish tanks
1.5  armoured vehicles        ~ceremony
1.5  armored vehicles         ~ceremony
1.5  fighter jets             ~ceremony
1    warplane                 ~ceremony
1    helicopter gunship
1    drones                   ~tech
1    mortar
1    grenade
1    landmine
2    nuclear weapons
2    non-proliferation
1.5  nuclear arsenal
1    chemical weapons
1    rifles
1    gun                      ~sport ~arts
0    gun crime
0    smoking gun
0    jump the gun
1    firearms
