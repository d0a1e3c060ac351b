Subject: Reminder: ${args[0]}

Your follow-up "${args[0]}" on the lead ${args[1]} is due.

Open the lead: ${link}
