title "Empty"
label start
end
