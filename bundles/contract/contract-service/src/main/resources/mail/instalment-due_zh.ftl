Subject: 回款提醒：${args[0]} 第 ${args[1]} 期

合同 ${args[0]} 第 ${args[1]} 期将于 ${args[2]} 到期，尚未回款 ${args[3]}。

打开合同：${link}
