# Talks: negotiations, talks, meetings and forums between parties. The article has talks when these
# add up to talks.threshold (scoring.properties). Format: weight phrase [~context ...].
2    =talks                   ~sport
3    peace talks
3    round of talks
3    peace process
3    peace conference
3    peace deal
3    peace agreement
3    peace plan
2    ceasefire talks
2    negotiations
2    negotiate
2    negotiators
2    mediation
2    mediator
2    mediate
2    =brokered
2    summit
2    forum                    ~tech
0    internet forum
0    online forum
0    web forum
2    dialogue                 ~arts
2    delegation
2    delegates
1.5  envoy
1.5  consultations
1.5  conference               ~sport ~tech
0    press conference
0    news conference
1.5  agreement                ~sport
1.5  =accord
1.5  =accords
0.75 meeting                  ~sport ~tech
0.5  =met                     ~sport
0.5  =meet                    ~sport
0.5  =meets                   ~sport
0.5  gathering                ~tech
1.5  military commission      # a standing body where the armed sides negotiate
1    security arrangements
0.5  discuss
0.5  hosted                   ~tech ~sport ~arts
1    reached a deal
1.5  both sides               ~sport
1.5  two sides                ~sport
1.5  rival factions
1.5  rival sides
1    the parties
1    warring parties
1    warring sides
