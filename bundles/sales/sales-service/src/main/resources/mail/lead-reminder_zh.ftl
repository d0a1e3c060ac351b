Subject: 提醒：${args[0]}

您在线索“${args[1]}”上的跟进任务“${args[0]}”已到期。

打开线索：${link}
