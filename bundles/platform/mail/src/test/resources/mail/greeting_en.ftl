Subject: Quote ${number} for ${customer}

Dear ${name},

the quote ${number} for ${customer} waits for your approval.
