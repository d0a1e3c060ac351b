Subject: Payment overdue: ${args[0]}, instalment ${args[1]}

Instalment ${args[1]} of contract ${args[0]} fell due on ${args[2]} and ${args[3]} is still outstanding.

Open the contract: ${link}
