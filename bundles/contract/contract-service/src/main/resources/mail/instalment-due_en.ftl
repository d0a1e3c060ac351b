Subject: Payment due: ${args[0]}, instalment ${args[1]}

Instalment ${args[1]} of contract ${args[0]} falls due on ${args[2]}: ${args[3]} is still to be received.

Open the contract: ${link}
