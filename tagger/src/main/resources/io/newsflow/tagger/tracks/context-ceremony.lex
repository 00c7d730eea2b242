# Ceremony context: a military parade, a commemoration or a funeral with honours shows armed forces
# without fighting or security arrangements.
1    parade
1    march-past
1    flypast
1    fly-past
1    ceremony
1    commemoration
1    commemorate
1    anniversary
1    remembrance
1    wreath
1    memorial
1    national day
1    independence day
1    victory day
1    guard of honour
1    honour guard
1    salute
1    took the salute
1    military band
1    tattoo
1    re-enactment
1    reenactment
1    veterans day
1    memorial day
1    armistice day
0.5  museum
1    state funeral
1    celebrations
1    celebrate
0.5  spectators
0.5  crowds
