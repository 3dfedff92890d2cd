title "Corpus"
subtitle "A small story for malformed inputs"

character him "He" hand=elegant ink=#1b2a4a
character her "She" hand=brush ink=#5b3a24

label start
shot wide
pose him perched
pose her sofa
"The room was bathed in the soft glow of a dozen flickering candles."
face ghost tearful
him "I never meant for things to end this way."
"The end."
end
