# Economic track: oil and revenue, blockades of production, sanctions, central banks, trade, budgets,
# reconstruction, and the economy at large (growth, prices, jobs, companies and markets).
# Format: weight phrase [~context ...] (see README.md).

# --- oil, energy and revenue
3    oil production
3    oil output
3    oil exports
3    oil revenue
3    oil fields
3    oilfield
3    oil terminals
3    export terminals
3    oil facilities
3    oil blockade
3    oil price
2.5  crude oil
2.5  national oil corporation
2.5  national oil company
2    oil company
2    oil firm
2    oil                      ~arts
2    crude
2    barrels
2    barrel a day
2    barrels per day
2    =opec
2    refinery
1.5  pipeline                 ~tech
1.5  natural gas
1.5  gas prices
1.5  energy prices
1.5  fuel prices
1    fuel                     ~tech
1    energy                   ~sport ~arts ~tech
1.5  revenue                  ~arts ~sport
2    revenue sharing
2    distribution of revenue
2    wealth sharing

# --- blockades and disruption of production
2.5  blockade                 # of ports, oilfields and roads: a lever on production and revenue
3    lift the blockade
2    shutdown of production
2    production                ~arts
2    output                   ~tech ~arts
1.5  exports
1.5  imports                  ~arts
0.5  supplies

# --- sanctions, trade and tariffs
2.5  sanctions
2.5  economic sanctions
1.5  embargo
0    arms embargo             # a security measure: see military.lex
2    asset freeze
2    frozen assets
2    trade                    ~sport
2    trade deficit
2    trade surplus
0    trading standards        # the consumer-protection service of local councils, not trade
2    trade talks
2    trade deal
2    free trade
2    tariff
2    =customs
2    world trade organization
2    world trade organisation
2    =wto
1.5  quota                    ~sport

# --- money, banks, budgets and public finance
3    central bank
2    federal reserve
2    bank of england
2    european central bank
2    interest rate
2    monetary
2    monetary policy
2    inflation
2    deflation
2    currency
2    exchange rate
2    dollar                   ~tech ~arts
1    =euro                    ~sport
1.5  the euro
1.5  sterling
1    =pound                   ~sport
1.5  bank                     ~sport ~tech
1.5  banker
2    budget                   ~arts ~sport ~tech
2    budget deficit
2    fiscal
2    public spending
2    public finances
2    government spending
1.5  spending                 ~arts
2    deficit                  ~sport
1.5  debt
2    borrowing
2    loan                     ~sport
2    bailout
2    subsidy
2    =imf
2    international monetary fund
2    world bank
1.5  tax                      ~arts ~sport
2    taxation
2    taxpayers
2    vat
2    income tax
1.5  pension
1.5  salary                   ~sport ~arts
1.5  wages                    ~sport
1.5  minimum wage
2    finance
2    financial                ~sport ~arts
2    finance minister
1.5  treasury
1.5  payment                  ~tech ~sport
1    funds
1.5  investment               ~sport ~tech ~arts
1.5  investor
2    foreign investment
1.5  cash                     ~sport ~arts ~tech
1    money                    ~sport ~arts ~tech
0.5  billion                  ~tech ~arts ~sport
0.5  million                  ~sport ~arts ~tech
1.5  credit                   ~arts
2    reconstruction
2    rebuilding
2    economic recovery
1.5  humanitarian aid
0.5  =aid

# --- the economy, growth, prices and jobs
2    economy
2    economic
2    economically
2    economist
2    gross domestic product
2    =gdp
2    economic growth
1    growth                   ~sport ~tech ~arts   # also of children, plants, tumours
2    recession
2    downturn
2    slowdown
2    recovery                 ~sport ~arts ~tech
2    unemployment
2    jobless
1    jobs                     ~arts ~sport
1.5  job cuts
1.5  employment               ~sport
1.5  workforce
1.5  labour market
1.5  labour costs
1.5  prices                   ~sport ~tech ~arts
2    house prices
2    housing market
2    property market
2    consumer spending
2    consumer prices
1.5  consumer                 ~tech
1.5  retail
1.5  retailer
1.5  high street
1.5  manufacturing
1.5  manufacturer             ~tech
1.5  industrial
1    industry                 ~tech ~sport ~arts
1.5  productivity
1    poverty
1.5  trade union
1.5  strike action
1.5  privatisation
1.5  privatization
1.5  nationalisation

# --- companies and markets
2    stock market
2    stock exchange
2    =shares                  ~tech ~arts
2    share price
2    shareholder
2    stake
1.5  =stocks
2    =ftse
2    =nasdaq
2    dow jones
2    markets                  ~tech
1.5  market share             ~tech
1.5  profit                   ~sport ~arts ~tech
2    pre-tax profits
2    operating profit
1.5  earnings                 ~sport ~arts
1.5  turnover                 ~sport
1.5  sales                    ~tech ~arts
1.5  losses                   ~sport ~arts
1    quarter                  ~sport
1.5  quarterly
1.5  annual results
1.5  =results                 ~sport ~arts ~tech
1.5  forecast                 ~sport ~tech
2    takeover                 ~sport
2    merger
2    acquisition
2    bid for                  ~sport
1    deal                     ~sport ~arts ~tech
0    arms deal                # weapons transfers are the military track
0    arms sale
0    weapons sale
0    arms package
1    firm                     ~tech ~arts ~sport
1    company                  ~tech ~arts ~sport
2    chief executive          ~tech ~arts ~sport
1.5  chairman                 ~sport
1.5  bankruptcy
1.5  bankrupt
2    into administration
2    insolvency
1.5  creditors
1.5  analysts                 ~tech ~sport
1.5  commodity
1.5  exporters
1.5  importers
1.5  business                 ~tech ~sport ~arts
0    box office               # film takings are arts news, not the economic track
0    show business
0    record sales
0    album sales

# --- sectors and the people who run companies
1.5  insurer
1.5  insurance                ~sport
1.5  carmaker
1.5  car maker
0.5  airline                  ~arts ~tech
1    pharmaceutical
1.5  drugs firm
1    supermarket
1    brewer
1    executives               ~tech ~arts ~sport
1    bosses                   ~sport ~arts ~tech
1.5  payout                   ~sport
1    compensation
1    customers                ~tech ~arts
1    advertising              ~tech ~arts
1.5  supply chain
1    trademark                ~tech
1    lawsuit                  ~tech ~arts
1    regulator
1    watchdog                 ~tech

