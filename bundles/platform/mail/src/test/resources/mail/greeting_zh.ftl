Subject: 报价单 ${number}（${customer}）待审批

${name}，您好：

${customer} 的报价单 ${number} 等待您审批。
