Subject: 履约节点提醒：${args[0]} ${args[1]}

合同 ${args[0]} 的“${args[1]}”将于 ${args[2]} 到期。

打开合同：${link}
