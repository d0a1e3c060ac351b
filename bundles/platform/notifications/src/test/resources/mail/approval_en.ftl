Subject: Quote ${args[0]} waits for your approval

Quote ${args[0]} of ${args[1]} waits for your approval:
${link}
