# Sport context: where "attack", "defence", "battle" or "campaign" are about a game.
# Weight = strength of the hint (a sentence with >= 1 is in the context).
1    football
1    rugby
1    cricket
1    tennis
1    golf
1    athletics
1    olympic
1    league
1    premiership
1    champions league
1    world cup
1    cup tie
1    six nations
1    grand slam
1    tournament
1    championship
1    match
0    match of
1    fixture
1    striker
1    midfielder
1    goalkeeper
1    defender
1    winger
1    full-back
1    fly-half
1    scrum
1    try line
1    wicket
1    innings
1    batsman
1    bowler
1    referee
1    umpire
0.5  manager
1    goal
1    scored
1    equaliser
1    penalty
1    half-time
1    second half
1    first half
1    kick-off
1    =fa
1    =uefa
1    =fifa
1    =iaaf
1    sprinter
1    marathon
0.5  race
0.5  seed
1    set point
1    straight sets
1    tie-break
1    =seeded
1    grand prix
1    world number
0.5  champion
1    match point
1    quarter-final
1    semi-final
1    final whistle
0.5  team
0.5  squad
0.5  season
0.5  player
0.5  club
0.5  fans
0.5  medal
0.5  coach
0.5  stadium
0.5  injury
0.5  injured
0.5  captain
0.5  opponent
0.5  boxing
0.5  boxer
0.5  cyclist
