# Political track: governments, elections, parliaments, governance frameworks, political dialogue
# and forums, parties and their leaders.
# Format: weight phrase [~context ...] [@role] [@executive] (see README.md).
# @role marks the office of a person who acts or speaks in any kind of story (president, spokesman,
# governor): it adds to the track but never by itself makes a sentence develop it. The executive
# itself (prime minister, minister, chancellor, cabinet, government) is a plain cue, marked @executive:
# as a title before a name ("Prime Minister Lindqvist said") it keeps its whole weight in the track's
# sum, since the government acts, while like any name it develops no sentence by itself.

# --- dialogue, forums and governance frameworks
3    political forum
3    political dialogue
3    political talks
3    political process
3    political settlement
3    political solution
3    political transition
3    political agreement
3    governance framework
3    unified government
3    unity government
3    government of national unity
3    national unity government
3    transitional government
3    interim government
3    caretaker government
3    power-sharing
2.5  constitutional declaration
2    roadmap to elections
2    national dialogue
2    national conference
2    reconciliation           ~sport
1.5  governance
1.5  sovereignty
1.5  self-determination
1.5  autonomy

# --- elections
3    national elections
3    general election
3    presidential election
3    parliamentary election
2.5  legislative election
2.5  local elections
2.5  election campaign
2.5  electoral
2    election                 ~sport ~arts
2    elected                  ~sport ~arts
2    re-election
2    voters                   ~arts
1.5  vote                     ~sport ~arts ~tech
1.5  ballot                   ~sport ~arts
1.5  polling                  ~arts
1.5  polling station
2    opinion poll
2    referendum
2    candidate                ~sport ~arts
2    constituency
2    manifesto                ~arts
2    campaign trail
1    campaign                 ~sport ~arts ~tech
2    electorate
1.5  landslide
2    marginal seats
1.5  seats                    ~sport ~arts ~tech

# --- government and its offices
1.5  government               @executive
2    prime minister           @executive
2    =premier                 ~sport  @executive
1.5  minister                 ~sport  @executive
2    cabinet                  ~tech   @executive
0    filing cabinet
2    foreign minister         @role
2    foreign secretary        @role
2    home secretary           @role
2    interior minister        @role
2    justice minister         @role
1.5  secretary of state       @role
1    state department
1.5  foreign office
1.5  home office
1    chancellor               @executive
1    president                ~sport ~arts ~tech  @role
1.5  presidency               ~sport
1.5  presidential
1    vice president           ~tech ~arts ~sport  @role
0    vice-president of
1.5  head of state            @role
1.5  the white house
1.5  downing street
1.5  whitehall
1.5  kremlin
1.5  administration           ~tech
1.5  ministry                 ~sport
1.5  regime
0    sanctions regime
0    non-proliferation regime
0    tax regime
1.5  authoritarian
1.5  dictatorship
1.5  dictator                 ~arts
1.5  junta
1.5  coup
1.5  opposition               ~sport
1.5  opposition leader
1.5  ruling party
1.5  mayor                    @role
1    governor                 @role
1.5  diplomat                 @role
1.5  diplomacy
1.5  diplomatic
1    ambassador               ~arts ~sport  @role
1    embassy
1.5  envoy                    @role
1    bilateral

# --- parliaments and law-making
2    parliament
2    parliamentary
2    parliamentarian
2    =mp
2    =mps
2    member of parliament
2    =Commons                 ~tech
2    house of commons
2    =Lords
2    house of lords
2    =peers                   ~tech ~sport
0    peer to peer
2    senate
2    senator
2    =Congress
2    congressional
2    congressman
2    congresswoman
2    lawmakers
2    legislators
2    legislature
1.5  legislative
1.5  legislation
1    law                      ~sport ~tech
1.5  new law
1    the bill
1.5  bill was
1.5  backbench
1.5  backbencher
1.5  frontbench
1.5  select committee
1.5  committee of mps
1.5  speaker of the house
1.5  assembly                 ~tech
0    assembly line
0    assembly plant
1.5  national assembly
1.5  constitution
1.5  constitutional
1    amendment
1    ratify
1    ratification
1.5  devolution
1.5  devolved
1    statute

# --- parties and politics
1.5  political
1.5  politically
2    politician
2    politics                 ~sport ~arts
0    office politics
2.5  political party
1    party                    ~arts ~tech ~sport
0    birthday party
0    third party
0    party goers
0    house party
0    party political broadcast
2    =Labour
0    labour market
0    labour costs
2    =Tory
2    =Tories
2    =Conservative
2    =Conservatives
2    =Liberal =Democrat
2    =Liberal =Democrats
2    =Lib =Dem
2    =Lib =Dems
1.5  =Republican
1.5  =Republicans
1.5  =Democrat
1.5  =Democrats
1.5  =Democratic
1.5  =Green =Party
1.5  nationalist
1.5  =socialist
1    =liberal
1    =conservative
1.5  left-wing
1.5  right-wing
1.5  centre-left
1.5  centre-right
1.5  center-left
1.5  center-right
1.5  far-right
1.5  far-left
1.5  =UKIP
1.5  coalition               ~sport
1.5  democracy
1.5  democratic
1.5  reform bill
1    reform                   ~sport ~arts
1    policy                   ~tech ~arts
1.5  home affairs
1.5  foreign policy
1.5  civil liberties
1.5  human rights
1    asylum
1    immigration
1    council tax
1.5  public services
1    protest                  ~sport ~arts
1    protesters
1    demonstrators
1.5  activist
1    lobby                    ~tech ~arts
1    security council
1.5  summit
1    veto
1    resolution               ~tech ~arts
1    spokesman                ~sport ~tech ~arts  @role
1    spokeswoman              ~sport ~tech ~arts  @role
1    spokesperson             ~sport ~tech ~arts  @role

# --- public administration and international bodies
2    civil service
2    civil servants
1    public sector
1.5  public sector reform
1.5  department for
1    department of
1.5  overseas aid
1.5  foreign aid
1.5  development aid
1.5  =G8
1.5  =G7
1.5  =G20
1    =EU
1.5  european union
1.5  european commission
2    european parliament
1.5  member states
1.5  council of ministers
1.5  local authority
1.5  local council
1.5  town council
1.5  city council

# --- devolved and national assemblies, offices and public policy
2    =MSP
2    =MSPs
2    scottish parliament
2    welsh assembly
2    northern ireland assembly
1.5  holyrood
1.5  stormont
1.5  westminster
1    secretary                ~tech ~sport ~arts  @role
0    general secretary
2    party leader
1    leadership               ~sport ~tech ~arts  @role
0.5  leader                   ~sport ~tech ~arts  @role
1    ban                      ~sport ~arts ~tech
1.5  public inquiry
0.5  inquiry
1    proposals                ~tech ~sport
1.5  white paper
1.5  green paper
1    citizenship
1.5  civil rights
1    tuition fees
1    =NHS
1.5  public policy

